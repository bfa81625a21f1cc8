#!/usr/bin/env bash
# Benchmark dataset: generates realistic content and loads it through the management API, so the
# data goes through the same validation, transactions and audit log as real writes.
#
#   source src/bench/dataset.sh; dataset_load_clinics <base url> <api key> <count> <work dir>
#   bash src/bench/dataset.sh <base url> <api key> <count> [work dir]   # the same, standalone
#
# Each generator writes one JSON body per resource into the work dir and posts them all with a
# single curl process (keep-alive, a few requests in parallel), which keeps a 10,000-article
# dataset to seconds instead of 10,000 curl start-ups. A later generator (articles, issue 7)
# follows dataset_load_clinics: write bodies, call dataset_post, list the slugs it made.
set -euo pipefail

DATASET_PARALLEL=${DATASET_PARALLEL:-4}

_DATASET_WORDS=(Harbor Cedar Willow Summit Lakeside Riverside Evergreen Magnolia Juniper Bayview
  Northgate Silverline Oakridge Meadow Coastal Aspen Prairie Brookstone Redwood Sterling Highland
  Bluewater Parkview Sunrise Westbrook)
_DATASET_KINDS=("Aesthetics" "Dermatology" "Skin & Laser" "Medical Spa" "Skin Clinic"
  "Dermatology Associates" "Laser & Vein Center" "Aesthetic Medicine")
# city|region|country|area code
_DATASET_CITIES=("Seattle|WA|US|206" "Austin|TX|US|512" "Denver|CO|US|303" "Portland|OR|US|503"
  "Chicago|IL|US|312" "Atlanta|GA|US|404" "Phoenix|AZ|US|602" "Boston|MA|US|617"
  "Nashville|TN|US|615" "San Diego|CA|US|619" "Minneapolis|MN|US|612" "Miami|FL|US|305"
  "Raleigh|NC|US|919")

_dataset_slug() {
  tr '[:upper:]' '[:lower:]' <<<"$1" | sed -e 's/&/and/g' -e 's/[^a-z0-9]\{1,\}/-/g' -e 's/^-//' -e 's/-$//'
}

# Posts every file listed in <list> (one JSON body per line) to <path>; fails unless each is a 201.
dataset_post() {
  local base=$1 key=$2 path=$3 list=$4 config status
  config=$(mktemp "$(dirname "$list")/curl-XXXXXX.conf")
  # One block per request; "next" separates blocks and resets their options.
  while read -r body; do
    printf 'url = "%s%s"\nrequest = "POST"\nheader = "Authorization: Bearer %s"\n' "$base" "$path" "$key"
    printf 'header = "Content-Type: application/json"\ndata-binary = "@%s"\noutput = "/dev/null"\n' "$body"
    printf 'silent\nshow-error\nwrite-out = "%%{http_code}\\n"\nnext\n'
  done <"$list" | sed '$d' >"$config"
  status=$(curl --no-progress-meter --parallel --parallel-max "$DATASET_PARALLEL" -K "$config" | sort | uniq -c | tr -s ' ') || true
  rm -f "$config"
  if [[ $status != " $(wc -l <"$list") 201" ]]; then
    echo "dataset: POST $path answered: $status (expected only 201)" >&2
    return 1
  fi
}

# Creates <count> clinics with distinct, plausible names; writes their slugs to <dir>/clinic-slugs.txt.
dataset_load_clinics() {
  local base=$1 key=$2 count=$3 dir=$4
  local nw=${#_DATASET_WORDS[@]} nk=${#_DATASET_KINDS[@]} nc=${#_DATASET_CITIES[@]}
  local i name slug city region country area body
  mkdir -p "$dir/clinics"
  : >"$dir/clinic-slugs.txt"
  : >"$dir/clinic-bodies.txt"
  for ((i = 0; i < count; i++)); do
    name="${_DATASET_WORDS[i % nw]} ${_DATASET_KINDS[(i / nw) % nk]}"
    IFS='|' read -r city region country area <<<"${_DATASET_CITIES[i % nc]}"
    slug=$(_dataset_slug "$name")
    if ((i >= nw * nk)); then slug="$slug-$((i / (nw * nk) + 1))"; fi
    body="$dir/clinics/$slug.json"
    cat >"$body" <<JSON
{"slug": "$slug", "name": "$name", "baseUrl": "https://$slug.example",
 "articlePathTemplate": "/articles/{slug}", "locales": ["en-US"], "defaultLocale": "en-US",
 "jurisdiction": "$country",
 "contact": {"email": "hello@$slug.example", "phone": "+1 $area 555 $(printf '%04d' $((i % 10000)))",
             "city": "$city", "region": "$region", "country": "$country"},
 "variables": {}, "allowedOrigins": []}
JSON
    echo "$slug" >>"$dir/clinic-slugs.txt"
    echo "$body" >>"$dir/clinic-bodies.txt"
  done
  dataset_post "$base" "$key" /v1/manage/clinics "$dir/clinic-bodies.txt"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  if (($# < 3)); then
    echo "usage: bash src/bench/dataset.sh <base url> <api key> <clinic count> [work dir]" >&2
    exit 2
  fi
  dataset_load_clinics "$1" "$2" "$3" "${4:-$(mktemp -d)}"
fi
