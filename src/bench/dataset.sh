#!/usr/bin/env bash
# Benchmark dataset: generates realistic content and loads it through the management API, so the
# data goes through the same validation, transactions and audit log as real writes.
#
#   source src/bench/dataset.sh; dataset_load_clinics <base url> <api key> <count> <work dir>
#   bash src/bench/dataset.sh <base url> <api key> <count> [work dir]   # the same, standalone
#
# Each generator writes one JSON body per resource into the work dir and posts them all with a
# single curl process (keep-alive, a few requests in parallel), which keeps a 10,000-article
# dataset to seconds instead of 10,000 curl start-ups. Articles go in through the clinic import
# (dataset_load_articles), one document per clinic.
set -euo pipefail

DATASET_PARALLEL=${DATASET_PARALLEL:-4}

_DATASET_WORDS=(Hawthorn Cypress Willow Summit Lakeside Riverside Evergreen Magnolia Juniper Bayview
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

# Creates <count> clinics with distinct, plausible names (none of the demo network's); writes their slugs to <dir>/clinic-slugs.txt.
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

# Publishes <per clinic> articles in every clinic of <dir>/clinic-slugs.txt through the clinic import
# (POST /v1/manage/clinics/{clinic}/import), which validates each article as a normal write does and
# stores a clinic's articles in one transaction. Bodies are the demo network's articles (every block
# type, indications with their regulatory status, several hundred words each), exported from the
# service itself, given a unique slug, translation group, title and tag per copy. Writes
# <dir>/article-paths.txt (every article's delivery path), <dir>/cold-paths.txt (each of those with
# five distinct query strings: URIs no cache has seen), <dir>/search-paths.txt and
# <dir>/search-cold-paths.txt (each search with 40 distinct query strings).
dataset_load_articles() {
  local base=$1 key=$2 per_clinic=$3 dir=$4
  local template=$dir/template-export.json config i=0 slug status
  mkdir -p "$dir/imports"
  : >"$dir/article-paths.txt"
  : >"$dir/search-paths.txt"
  curl -sf -H "Authorization: Bearer $key" "$base/v1/manage/clinics/harbor-aesthetics/export" >"$template"
  config=$dir/imports/curl.conf
  : >"$config"
  while read -r slug; do
    i=$((i + 1))
    jq -c --argjson n "$per_clinic" --argjson c "$i" '
      def pad12: tostring | ("000000000000" + .)[-12:];
      .articles as $t
      | {format, formatVersion, disclaimers: [],
         articles: [range(0; $n) as $j | $t[$j % ($t | length)] as $a
           | ($a.current | .content.slug = "\(.content.slug)-\($j)"
               | .content.translationGroup = "00000000-0000-4000-8000-\(($c * 100000 + $j) | pad12)"
               | .content.title = "\(.content.title) (\($j + 1))"
               | .content.tags = ((.content.tags // []) + ["topic-\($j % 10)"])) as $s
           | {current: $s, revisions: [{number: 1, action: "PUBLISHED", actorName: "bench",
                                        createdAt: $s.createdAt, article: $s}]}]}' \
      "$template" >"$dir/imports/$slug.json"
    printf 'url = "%s/v1/manage/clinics/%s/import"\nrequest = "POST"\n' "$base" "$slug" >>"$config"
    printf 'header = "Authorization: Bearer %s"\nheader = "Content-Type: application/json"\n' "$key" >>"$config"
    printf 'data-binary = "@%s"\noutput = "/dev/null"\nsilent\nshow-error\n' "$dir/imports/$slug.json" >>"$config"
    printf 'write-out = "%%{http_code}\\n"\nnext\n' >>"$config"
    jq -r --arg c "$slug" '.articles[].current.content.slug | "/v1/clinics/\($c)/articles/\(.)"' \
      "$dir/imports/$slug.json" >>"$dir/article-paths.txt"
    for q in botox migraine sweating wrinkles bladder; do
      echo "/v1/clinics/$slug/articles?q=$q" >>"$dir/search-paths.txt"
    done
  done <"$dir/clinic-slugs.txt"
  sed -i '$d' "$config"
  status=$(curl --no-progress-meter --parallel --parallel-max 2 -K "$config" | sort | uniq -c | tr -s ' ') || true
  if [[ $status != " $(wc -l <"$dir/clinic-slugs.txt") 200" ]]; then
    echo "dataset: imports answered: $status (expected only 200)" >&2
    return 1
  fi
  for v in 1 2 3 4 5; do sed "s/\$/?v=$v/" "$dir/article-paths.txt"; done >"$dir/cold-paths.txt"
  # Searches as readers send them, each a URI of its own: the search itself is measured, not the cache.
  for ((v = 1; v <= 40; v++)); do sed "s/\$/\&v=$v/" "$dir/search-paths.txt"; done >"$dir/search-cold-paths.txt"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  if (($# < 3)); then
    echo "usage: bash src/bench/dataset.sh <base url> <api key> <clinic count> [work dir]" >&2
    exit 2
  fi
  dataset_load_clinics "$1" "$2" "$3" "${4:-$(mktemp -d)}"
fi
