"""How bodies are read: PDF and CSV as text, HTML tables and embedded JSON, NBA.com result sets and
Odds API events. Pure helpers for the parsers; they raise ParseError with a reason a person can act on."""
