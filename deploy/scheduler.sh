#!/usr/bin/env bash
# Cloud Scheduler entries that start the daily Cloud Run Job at the reference's workflow times (Eastern),
# the times src/nbaprops/orchestration/daily.py declares: morning 08:00, pregame 17:45, postgame 04:00
# (the next day, for the day before). Each entry runs `nbaprops daily` (issue #16's command), which does
# the workflow due at that time; a day without games does nothing.
#
#   PROJECT_ID=my-project REGION=us-central1 bash deploy/scheduler.sh
#
# The scheduler calls the Cloud Run Admin API as SCHEDULER_SA (roles/run.invoker on the job); the job
# itself runs as nbaprops-runner (BigQuery Data Editor + Job User, Storage Object Admin on the bucket),
# with Application Default Credentials: no key file anywhere.
set -euo pipefail
: "${PROJECT_ID:?set PROJECT_ID}" "${REGION:?set REGION}"
SCHEDULER_SA="${SCHEDULER_SA:-nbaprops-scheduler@${PROJECT_ID}.iam.gserviceaccount.com}"
JOB_URI="https://run.googleapis.com/v2/projects/${PROJECT_ID}/locations/${REGION}/jobs/nbaprops-daily:run"

entry() {  # name, cron (America/New_York), args of the run as a JSON list
  local body
  body="{\"overrides\": {\"containerOverrides\": [{\"args\": $3}]}}"
  if gcloud scheduler jobs describe "$1" --location "$REGION" --project "$PROJECT_ID" >/dev/null 2>&1; then
    verb=update
  else
    verb=create
  fi
  gcloud scheduler jobs "$verb" http "$1" --project "$PROJECT_ID" --location "$REGION" \
    --schedule "$2" --time-zone "America/New_York" --uri "$JOB_URI" --http-method POST \
    --headers "Content-Type=application/json" --message-body "$body" \
    --oauth-service-account-email "$SCHEDULER_SA"
}

entry nbaprops-daily-morning  "0 8 * * *"   '["daily"]'
entry nbaprops-daily-pregame  "45 17 * * *" '["daily"]'
entry nbaprops-daily-postgame "0 4 * * *"   '["daily"]'
