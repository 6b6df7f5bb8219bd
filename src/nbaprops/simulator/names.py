"""Name pools for simulated players, with the variants sources disagree on.

Some last names carry diacritics (NBA.com and Basketball-Reference keep them, most other sources fold
them), some players carry a generational suffix ("Jr.", "III") and some go by initials ("R.J.").
"""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Aaron", "Adam", "Al", "Alec", "Alex", "Andre", "Anthony", "Austin", "Ben", "Blake", "Bobby",
    "Brandon", "Brook", "Bruce", "Bryce", "Caleb", "Cam", "Cameron", "Carlos", "Chris", "Cody", "Cole",
    "Collin", "Corey", "Dalton", "Damian", "Daniel", "Darius", "Davion", "Dean", "Dejon", "Derrick",
    "Devin", "Dillon", "Dominick", "Donovan", "Drew", "Dwight", "Dylan", "Elijah", "Eric", "Evan",
    "Franz", "Gabe", "Gary", "Gordon", "Grant", "Hunter", "Isaac", "Isaiah", "Ivan", "Jabari", "Jace",
    "Jalen", "Jamal", "Jaren", "Jarrett", "Jaylen", "Jeff", "Jerami", "Jericho", "John", "Jordan",
    "Josh", "Josiah", "Jrue", "Julian", "Justin", "Kai", "Keegan", "Keon", "Kevin", "Kris", "Kyle",
    "Lamar", "Landry", "Lonnie", "Luka", "Malik", "Marcus", "Mark", "Mason", "Max", "Micah", "Mike",
    "Miles", "Mitchell", "Moses", "Naji", "Nick", "Noah", "Norman", "Obi", "Omar", "Oscar", "Patrick",
    "Paul", "Quentin", "Reggie", "Ricky", "Rui", "Ryan", "Saddiq", "Scottie", "Sekou", "Seth",
    "Shaedon", "Simone", "Spencer", "Taurean", "Terry", "Theo", "Tobias", "Trey", "Tyrese", "Tyus",
    "Victor", "Walker", "Wendell", "Xavier", "Zach", "Zion",
)

INITIAL_FIRST_NAMES = ("R.J.", "P.J.", "T.J.", "C.J.", "A.J.", "D.J.", "J.T.")

LAST_NAMES = (
    "Adams", "Allen", "Anderson", "Bailey", "Barnes", "Bates", "Bell", "Bennett", "Black", "Boone",
    "Bradley", "Brooks", "Bryant", "Burke", "Butler", "Caldwell", "Carter", "Castle", "Chandler",
    "Clark", "Coleman", "Collins", "Cooper", "Craig", "Crawford", "Cunningham", "Daniels", "Davis",
    "Dawson", "Dixon", "Drummond", "Duncan", "Edwards", "Ellis", "Evans", "Fields", "Fleming", "Ford",
    "Foster", "Fox", "Freeman", "Gibson", "Gordon", "Graham", "Grant", "Green", "Griffin", "Hall",
    "Hamilton", "Harper", "Harris", "Hart", "Hayes", "Henderson", "Hill", "Holiday", "Holmes", "Howard",
    "Hughes", "Hunter", "Ingram", "Jackson", "James", "Jenkins", "Johnson", "Jones", "Jordan", "Keller",
    "Kennedy", "King", "Knight", "Lane", "Lee", "Lewis", "Lowry", "Mann", "Marshall", "Martin", "Mason",
    "Matthews", "McCoy", "Miles", "Miller", "Mills", "Mitchell", "Moore", "Morgan", "Morris", "Murphy",
    "Murray", "Nance", "Nelson", "Newell", "Norris", "Oliver", "Owens", "Palmer", "Parker", "Patton",
    "Payne", "Perry", "Pierce", "Porter", "Powell", "Price", "Quinn", "Randle", "Reed", "Reid",
    "Richards", "Riley", "Robinson", "Rose", "Ross", "Russell", "Sanders", "Simmons", "Smart", "Smith",
    "Spencer", "Stevens", "Stewart", "Sutton", "Taylor", "Thomas", "Thompson", "Todd", "Turner",
    "Walker", "Wallace", "Ward", "Warren", "Washington", "Watson", "Webb", "Wells", "West", "White",
    "Wiggins", "Williams", "Wilson", "Wood", "Wright", "Young",
)

# Names whose NBA.com spelling carries diacritics; other sources fold them (see ids.fold_diacritics).
ACCENTED_LAST_NAMES = (
    "Jokić", "Dončić", "Šarić", "Nurkić", "Bogdanović", "Valančiūnas", "Schröder", "Porziņģis", "Vučević",
    "Bjelica", "Musić", "Hernangómez", "Théis", "Şengün", "Kalaitzákis", "Marjanović", "Jović", "Krejčí",
)
ACCENTED_FIRST_NAMES = ("Nikola", "Luka", "Dario", "Jusuf", "Bojan", "Jonas", "Dennis", "Kristaps", "Alperen")

SUFFIXES = ("Jr.", "II", "III", "Sr.", "IV")

COLLEGES = (
    "Duke", "Kentucky", "Kansas", "North Carolina", "UCLA", "Gonzaga", "Villanova", "Michigan", "Arizona",
    "Texas", "Baylor", "Memphis", "Pittsburgh", "Georgetown", "Virginia", "Florida", "Arkansas", "Auburn",
    "Ohio State", "Michigan State", "Indiana", "Stanford", "USC", "Iowa State", "Tennessee",
)
COUNTRIES = ("Serbia", "Slovenia", "Croatia", "Lithuania", "Germany", "Latvia", "Montenegro", "Spain",
             "France", "Turkey", "Greece", "Czech Republic", "Bosnia and Herzegovina")


def make_name(rng: random.Random) -> tuple[str, str, str, str]:
    """(first, last, suffix, country) for a new player; about 8% international with diacritics."""
    roll = rng.random()
    if roll < 0.08:
        first = rng.choice(ACCENTED_FIRST_NAMES)
        return first, rng.choice(ACCENTED_LAST_NAMES), "", rng.choice(COUNTRIES)
    first = rng.choice(INITIAL_FIRST_NAMES) if roll < 0.13 else rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    if rng.random() < 0.35:
        last = f"{last}-{rng.choice(LAST_NAMES)}" if rng.random() < 0.15 else last
    suffix = rng.choice(SUFFIXES) if rng.random() < 0.08 else ""
    return first, last, suffix, "USA"
