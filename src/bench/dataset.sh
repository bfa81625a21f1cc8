#!/usr/bin/env bash
# Benchmark dataset: generates realistic content and loads it through the management API, so the
# data goes through the same validation, transactions and audit log as real writes.
#
#   source src/bench/dataset.sh
#   dataset_load_clinics <base url> <api key> <count> <work dir>
#   dataset_load_articles <base url> <api key> <per clinic> <work dir>
#   dataset_load_syndication <base url> <api key> <work dir>
#   dataset_paths <work dir>
#   bash src/bench/dataset.sh <base url> <api key> <clinics> [per clinic] [work dir]   # all four, standalone
#
# What the dataset holds (issue 7: "100 clinics, 10,000 articles with realistic block bodies,
# tags, indications, syndications to several clinics, three locales on some"):
# - clinics with plausible names; every DATASET_LOCALE_EVERY-th clinic (the 1st, 6th, 11th…) in
#   the three locales of DATASET_LOCALES, the others in the first of them only;
# - <per clinic> published articles in each clinic, copies of the demo articles (every block
#   type, indications with their regulatory status); in a three-locale clinic every
#   DATASET_TRANSLATE_EVERY-th article also in its two other locales, in the same translation group;
# - every DATASET_SYNDICATE_EVERY-th article of each clinic syndicated to the next
#   DATASET_SYNDICATION_TARGETS clinics of the dataset: a grant origin → target, then a placement
#   on the target (slug overridden, since every clinic has articles with the same slugs).
#
# Each generator writes one JSON body per request into the work dir and posts them all with a
# single curl process (keep-alive, a few requests in parallel), which keeps a 10,000-article
# dataset to seconds instead of 10,000 curl start-ups. Counts of what the service stored are kept
# in <work dir>/counts.txt (see dataset_count).
set -euo pipefail

DATASET_PARALLEL=${DATASET_PARALLEL:-4}
DATASET_LOCALES=${DATASET_LOCALES:-"en-US es-US fr-CA"}
DATASET_LOCALE_EVERY=${DATASET_LOCALE_EVERY:-5}
DATASET_TRANSLATE_EVERY=${DATASET_TRANSLATE_EVERY:-4}
DATASET_SYNDICATE_EVERY=${DATASET_SYNDICATE_EVERY:-10}
DATASET_SYNDICATION_TARGETS=${DATASET_SYNDICATION_TARGETS:-3}

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

# dataset_count <work dir> <name> [value]: reads (or records) one count of what was loaded.
dataset_count() {
  if (($# == 3)); then
    echo "$2=$3" >>"$1/counts.txt"
  else
    sed -n "s/^$2=//p" "$1/counts.txt" 2>/dev/null | tail -1
  fi
}

# dataset_post <base> <key> <list> <expected status> [parallel]: POSTs each "<path> <body file>"
# line of <list> with one curl process; each answer is kept as <body file>.response. Fails, showing
# the first unexpected answer, unless every status is the expected one.
dataset_post() {
  local base=$1 key=$2 list=$3 expect=$4 parallel=${5:-$DATASET_PARALLEL} config codes status path body bad
  config=$(mktemp "$(dirname "$list")/curl-XXXXXX.conf")
  codes=$config.codes
  # One block per request; "next" separates blocks and resets their options.
  while read -r path body; do
    printf 'url = "%s%s"\nrequest = "POST"\nheader = "Authorization: Bearer %s"\n' "$base" "$path" "$key"
    printf 'header = "Content-Type: application/json"\ndata-binary = "@%s"\noutput = "%s.response"\n' "$body" "$body"
    printf 'silent\nshow-error\nwrite-out = "%%{http_code} %%{filename_effective}\\n"\nnext\n'
  done <"$list" | sed '$d' >"$config"
  curl --no-progress-meter --parallel --parallel-max "$parallel" -K "$config" >"$codes" || true
  status=$(cut -d' ' -f1 "$codes" | sort | uniq -c | tr -s ' ')
  if [[ $status != " $(wc -l <"$list") $expect" ]]; then
    echo "dataset: POST $(head -1 "$list" | cut -d' ' -f1)…: answered $status (expected only $expect)" >&2
    bad=$(awk -v e="$expect" '$1 != e { print $2; exit }' "$codes")
    [[ -z $bad || ! -f $bad ]] || { head -c 800 "$bad" >&2; echo >&2; }
    rm -f "$config" "$codes"
    return 1
  fi
  rm -f "$config" "$codes"
}

# The locales of the clinic at 0-based position <i>: all of DATASET_LOCALES for every
# DATASET_LOCALE_EVERY-th clinic, else the first one; as a JSON array. Plain bash: a jq start-up
# costs tens of milliseconds, and this runs once per clinic.
_dataset_locales() {
  local -a all
  local l json=""
  read -r -a all <<<"$DATASET_LOCALES"
  (($1 % DATASET_LOCALE_EVERY == 0)) || all=("${all[0]}")
  for l in "${all[@]}"; do json+="${json:+,}\"$l\""; done
  echo "[$json]"
}

# Creates <count> clinics with distinct, plausible names (none of the demo network's); writes their
# slugs to <dir>/clinic-slugs.txt and "<slug> <JSON array of locales>" to <dir>/clinic-locales.txt.
dataset_load_clinics() {
  local base=$1 key=$2 count=$3 dir=$4
  local nw=${#_DATASET_WORDS[@]} nk=${#_DATASET_KINDS[@]} nc=${#_DATASET_CITIES[@]}
  local i name slug city region country area body locales
  mkdir -p "$dir/clinics"
  : >"$dir/clinic-slugs.txt"
  : >"$dir/clinic-locales.txt"
  : >"$dir/clinic-posts.txt"
  for ((i = 0; i < count; i++)); do
    name="${_DATASET_WORDS[i % nw]} ${_DATASET_KINDS[(i / nw) % nk]}"
    IFS='|' read -r city region country area <<<"${_DATASET_CITIES[i % nc]}"
    slug=$(_dataset_slug "$name")
    if ((i >= nw * nk)); then slug="$slug-$((i / (nw * nk) + 1))"; fi
    locales=$(_dataset_locales "$i")
    body="$dir/clinics/$slug.json"
    cat >"$body" <<JSON
{"slug": "$slug", "name": "$name", "baseUrl": "https://$slug.example",
 "articlePathTemplate": "/articles/{slug}", "locales": $locales, "defaultLocale": "${DATASET_LOCALES%% *}",
 "jurisdiction": "$country",
 "contact": {"email": "hello@$slug.example", "phone": "+1 $area 555 $(printf '%04d' $((i % 10000)))",
             "city": "$city", "region": "$region", "country": "$country"},
 "variables": {}, "allowedOrigins": []}
JSON
    echo "$slug" >>"$dir/clinic-slugs.txt"
    echo "$slug $locales" >>"$dir/clinic-locales.txt"
    echo "/v1/manage/clinics $body" >>"$dir/clinic-posts.txt"
  done
  dataset_post "$base" "$key" "$dir/clinic-posts.txt" 201
  dataset_count "$dir" clinics "$(wc -l <"$dir/clinic-posts.txt")"
  dataset_count "$dir" locale_clinics "$(grep -c ',' "$dir/clinic-locales.txt" || true)"
}

# Publishes <per clinic> articles in every clinic of <dir>/clinic-slugs.txt through the clinic import
# (POST /v1/manage/clinics/{clinic}/import), which validates each article as a normal write does and
# stores a clinic's articles in one transaction. Bodies are the demo network's articles (every block
# type, indications with their regulatory status, several hundred words each), exported from the
# service itself, given a unique slug, translation group, title and tag per copy. In a clinic with
# several locales, every DATASET_TRANSLATE_EVERY-th article gets a translation in each other locale:
# same translation group, its own slug (<slug>-<locale>, slugs are unique per clinic and locale),
# title and excerpt prefixed with "[<locale>] ". The rest of a translation (body, SEO texts) is a
# copy of the original, not a translation: the dataset is for load, and what costs is the same.
# Writes <dir>/article-paths.txt (the delivery path of every article and translation),
# <dir>/locale-paths.txt (each translated article asked for by its original slug with ?locale=),
# <dir>/syndication-sources.txt (the articles dataset_load_syndication places elsewhere) and
# <dir>/search-paths.txt.
dataset_load_articles() {
  local base=$1 key=$2 per_clinic=$3 dir=$4
  local template=$dir/template-export.json i=0 slug locales doc loaded sent second
  mkdir -p "$dir/imports"
  : >"$dir/article-paths.txt"
  : >"$dir/locale-paths.txt"
  : >"$dir/search-paths.txt"
  : >"$dir/syndication-sources.txt"
  : >"$dir/import-posts.txt"
  : >"$dir/translations.txt"
  curl -sf -H "Authorization: Bearer $key" "$base/v1/manage/clinics/harbor-aesthetics/export" >"$template"
  while read -r slug locales; do
    i=$((i + 1))
    doc=$dir/imports/$slug.json
    jq -c --argjson n "$per_clinic" --argjson c "$i" --argjson locales "$locales" \
      --argjson every "$DATASET_TRANSLATE_EVERY" '
      def pad12: tostring | ("000000000000" + .)[-12:];
      .articles as $t
      | [range(0; $n) as $j | $t[$j % ($t | length)] as $a
          | ($a.current | .content.slug = "\(.content.slug)-\($j)"
              | .content.locale = $locales[0]
              | .content.translationGroup = "00000000-0000-4000-8000-\(($c * 100000 + $j) | pad12)"
              | .content.title = "\(.content.title) (\($j + 1))"
              | .content.tags = ((.content.tags // []) + ["topic-\($j % 10)"])) as $s
          | $s,
            (if $j % $every == 0 then
               $locales[1:][] as $l
               | $s | .content.locale = $l
               | .content.slug = "\(.content.slug)-\($l | ascii_downcase)"
               | .content.title = "[\($l)] \(.content.title)"
               | .content.excerpt = "[\($l)] \(.content.excerpt)"
             else empty end)] as $articles
      | {format, formatVersion, disclaimers: [],
         articles: [$articles[] | {current: ., revisions: [{number: 1, action: "PUBLISHED",
                      actorName: "bench", createdAt: .createdAt, article: .}]}]}' \
      "$template" >"$doc"
    echo "/v1/manage/clinics/$slug/import $doc" >>"$dir/import-posts.txt"
    # One pass over the document for the path lists: A, the delivery path of every article and
    # translation; L, a translated article asked for by its original slug in each other locale
    # (readers who come by that slug); S, the articles to syndicate, as <clinic index> <clinic>
    # <slug> <locales of the article, comma-separated> <title>, tab-separated; T, a translation.
    jq -r --arg c "$slug" --argjson i "$i" --argjson every "$DATASET_SYNDICATE_EVERY" --argjson locales "$locales" '
      [.articles[].current.content] as $all
      | ($all[] | "A\t/v1/clinics/\($c)/articles/\(.slug)", (select(.locale != $locales[0]) | "T\t\(.slug)")),
        ($all | group_by(.translationGroup) | map(sort_by(.locale != $locales[0]))[]
         | (.[0].slug | capture("-(?<j>[0-9]+)$").j | tonumber) as $j
         | (if length > 1 then $locales[1:][] as $l | "L\t/v1/clinics/\($c)/articles/\(.[0].slug)?locale=\($l)" else empty end),
           (if $j % $every == 0 then "S\t\($i)\t\($c)\t\(.[0].slug)\t\(map(.locale) | join(","))\t\(.[0].title)" else empty end))' \
      "$doc" | awk -F'\t' -v d="$dir" '
        $1 == "A" { print $2 >>(d "/article-paths.txt") }
        $1 == "L" { print $2 >>(d "/locale-paths.txt") }
        $1 == "S" { print substr($0, 3) >>(d "/syndication-sources.txt") }
        $1 == "T" { translations++ }
        END { printf "%d\n", translations >>(d "/translations.txt") }'
    for q in botox migraine sweating wrinkles bladder; do
      echo "/v1/clinics/$slug/articles?q=$q" >>"$dir/search-paths.txt"
    done
    # A reader of a second locale searches in it.
    second=$(sed -n 's/^\["[^"]*","\([^"]*\)".*/\1/p' <<<"$locales")
    [[ -z $second ]] || echo "/v1/clinics/$slug/articles?q=botox&locale=$second" >>"$dir/search-paths.txt"
  done <"$dir/clinic-locales.txt"
  dataset_post "$base" "$key" "$dir/import-posts.txt" 200 2
  # What the service says it stored, checked against what was sent.
  loaded=$(cat "$dir"/imports/*.json.response | jq -s 'map(.articles) | add')
  sent=$(wc -l <"$dir/article-paths.txt")
  if [[ $loaded != "$sent" ]]; then
    echo "dataset: the imports stored $loaded articles, $sent were sent" >&2
    return 1
  fi
  dataset_count "$dir" articles "$loaded"
  # An article in another locale than its clinic's default is a translation; all were stored.
  dataset_count "$dir" translations "$(awk '{ n += $1 } END { print n + 0 }' "$dir/translations.txt")"
}

# Syndicates the articles of <dir>/syndication-sources.txt: each origin clinic grants syndication to
# the next DATASET_SYNDICATION_TARGETS clinics of the dataset (POST /v1/manage/syndication-grants),
# then each of those places each source article (POST /v1/manage/clinics/{target}/syndications)
# under a slug of its own (<slug>-c<origin index>: every clinic has its own article with the
# original slug, and a clash is a 409); the first target also overrides the title with a template
# variable, as a site that localises a syndicated title does. A placement covers every translation
# of the article. Writes <dir>/syndicated-paths.txt (each placement's delivery path on its target)
# and adds ?locale= requests of syndicated translations to <dir>/locale-paths.txt.
dataset_load_syndication() {
  local base=$1 key=$2 dir=$3
  local -a clinics others
  local n k index target override locales body l file
  mapfile -t clinics <"$dir/clinic-slugs.txt"
  n=${#clinics[@]}
  mkdir -p "$dir/grants" "$dir/placements"
  : >"$dir/grant-posts.txt"
  : >"$dir/placement-posts.txt"
  : >"$dir/syndicated-paths.txt"
  for ((index = 1; index <= n; index++)); do
    for ((k = 1; k <= DATASET_SYNDICATION_TARGETS && k < n; k++)); do
      # Clinic slugs are lower-case letters, digits and hyphens: nothing to escape.
      printf '{"origin": "%s", "target": "%s"}\n' "${clinics[index - 1]}" "${clinics[(index - 1 + k) % n]}" >"$dir/grants/$index-$k.json"
      echo "/v1/manage/syndication-grants $dir/grants/$index-$k.json" >>"$dir/grant-posts.txt"
    done
  done
  # One jq for every placement body (titles need JSON escaping): <target> <override slug> <locales> <body>.
  jq -R -r --arg clinics "${clinics[*]}" --argjson k "$DATASET_SYNDICATION_TARGETS" '
    ($clinics | split(" ")) as $cs | ($cs | length) as $n
    | split("\t") as [$i, $origin, $slug, $locales, $title]
    | ($i | tonumber) as $i
    | range(1; ([$k, $n - 1] | min) + 1) as $t
    | "\($slug)-c\($i)" as $s
    | {origin: $origin, article: $slug,
       overrides: ({slug: $s} + if $t == 1 then {title: "\($title) in {{clinic.city}}"} else {} end)} as $body
    | "\($cs[($i - 1 + $t) % $n])\t\($s)\t\($locales)\t\($body | tojson)"' "$dir/syndication-sources.txt" \
    | while IFS=$'\t' read -r target override locales body; do
      file=$dir/placements/$target-$override.json
      printf '%s\n' "$body" >"$file"
      echo "/v1/manage/clinics/$target/syndications $file" >>"$dir/placement-posts.txt"
      echo "/v1/clinics/$target/articles/$override" >>"$dir/syndicated-paths.txt"
      IFS=, read -r -a others <<<"$locales"
      for l in "${others[@]:1}"; do echo "/v1/clinics/$target/articles/$override?locale=$l" >>"$dir/locale-paths.txt"; done
    done
  dataset_count "$dir" grants 0
  dataset_count "$dir" placements 0
  if [[ -s $dir/grant-posts.txt ]]; then
    dataset_post "$base" "$key" "$dir/grant-posts.txt" 201
    dataset_count "$dir" grants "$(wc -l <"$dir/grant-posts.txt")"
  fi
  if [[ -s $dir/placement-posts.txt ]]; then
    dataset_post "$base" "$key" "$dir/placement-posts.txt" 201
    # Each 201 is a placement stored ACTIVE; counted from the answers, not from what was asked.
    dataset_count "$dir" placements "$(cat "$dir"/placements/*.json.response | jq -s 'map(select(.state == "ACTIVE")) | length')"
  fi
  dataset_count "$dir" syndicated_articles "$(wc -l <"$dir/syndication-sources.txt")"
}

# Writes the path lists of the cold scenarios: <dir>/cold-paths.txt, every delivered page (own
# articles, translations by their own slug, syndicated articles on their targets, and the ?locale=
# requests of locale-paths.txt) with five distinct query strings, so each line is a URI no cache
# has seen, in a fixed pseudo-random order (readers do not go clinic by clinic); and
# <dir>/search-cold-paths.txt, each search with 40 distinct query strings, and
# <dir>/search-cold-cards-paths.txt, those asking for ten result cards (fields=) each; and
# <dir>/search-new-cards-paths.txt, result cards of searches for words and pairs of words of the
# articles, each clinic and query once (as is and with ?locale=en).
dataset_paths() {
  local dir=$1 v
  for v in 1 2 3 4 5; do
    cat "$dir/article-paths.txt" "$dir/syndicated-paths.txt" "$dir/locale-paths.txt" \
      | awk -v v="$v" '{ print $0 (index($0, "?") ? "&" : "?") "v=" v }'
  done | awk 'BEGIN { srand(7) } { printf "%.9f\t%s\n", rand(), $0 }' | sort -k1,1 | cut -f2- >"$dir/cold-paths.txt"
  # Searches as readers send them, each a URI of its own: the search itself is measured, not the cache.
  for ((v = 1; v <= 40; v++)); do sed "s/\$/\&v=$v/" "$dir/search-paths.txt"; done >"$dir/search-cold-paths.txt"
  # The same searches as a site's result page asks for them: a card per result (README, "For
  # front-end developers"), not ten whole articles.
  sed "s/\$/\&limit=10\&fields=slug,title,excerpt,heroImage,publishedAt,match/" "$dir/search-cold-paths.txt" \
    >"$dir/search-cold-cards-paths.txt"
  # Searches nobody asked before: every word of four letters or more of the articles' text that is
  # not a common word, and every pair of such words side by side ("frown lines"), on every clinic,
  # as is and with ?locale=en, in a fixed pseudo-random order; each is ranked afresh, as the
  # service keeps rankings only of searches it has seen (see "Benchmarks" in the README).
  jq -r '.articles[].current.content | .title, .excerpt, (.body | .. | objects | .text? // empty | strings)' \
    "$dir/template-export.json" | tr 'A-Z' 'a-z' | awk '
      BEGIN {
        n = split("about after again also been before being between both could does each even from have " \
          "into just more most much only other over same some such than that their them then there these " \
          "they this those through very what when where which while will with would your", s, " ")
        for (k = 1; k <= n; k++) stop[s[k]] = 1
      }
      { n = split($0, w, /[^a-z]+/); prev = ""
        for (j = 1; j <= n; j++) {
          if (length(w[j]) < 4 || (w[j] in stop)) { prev = ""; continue }
          print w[j]
          if (prev != "") print prev "+" w[j]
          prev = w[j]
        } }' | sort -u >"$dir/new-queries.txt"
  while read -r slug; do
    awk -v c="$slug" '{ q = "/v1/clinics/" c "/articles?q=" $0 "&limit=10&fields=slug,title,excerpt,heroImage,publishedAt,match"
      print q; print q "&locale=en" }' "$dir/new-queries.txt"
  done <"$dir/clinic-slugs.txt" | awk 'BEGIN { srand(11) } { printf "%.9f\t%s\n", rand(), $0 }' | sort -k1,1 | cut -f2- \
    >"$dir/search-new-cards-paths.txt"
}

if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  if (($# < 3)); then
    echo "usage: bash src/bench/dataset.sh <base url> <api key> <clinic count> [articles per clinic] [work dir]" >&2
    exit 2
  fi
  dir=${5:-$(mktemp -d)}
  dataset_load_clinics "$1" "$2" "$3" "$dir"
  dataset_load_articles "$1" "$2" "${4:-100}" "$dir"
  dataset_load_syndication "$1" "$2" "$dir"
  dataset_paths "$dir"
  cat "$dir/counts.txt"
fi
