# What the benchmark measures and what it is held to (issue 7). Sourced by run.sh after the
# dataset is loaded, so a line can use what the run knows:
#   $SERVICE  base URL of the service          $NGINX  base URL of the static reference (empty if none)
#   $SLUG     a clinic of the dataset          $DATA   work dir of the dataset (clinic-slugs.txt, ...)
#   $ARTICLE  its first own article            $PAGE   list page size (20, or half the dataset when smaller)
#   $SYNDICATED  slug of an article another clinic syndicates onto $SLUG (empty if none)
#   etag_of <path>      current ETag of a delivery resource
#   next_cursor <path>  nextCursor of a list page
#
# Adding a scenario is one line in scenarios(): a name, the status every response must have, the
# URL and at most one extra request header. A URL of the form @<file> makes wrk cycle through the
# paths listed in <file> (one per line) on the service, for scenarios over many resources (cold
# reads). Adding a target is one line in targets().

scenarios() {
  # name                  expect  URL                                               extra header
  scenario static-nginx   200 "${NGINX:+$NGINX/clinic.json}"
  scenario clinic-by-slug 200 "$SERVICE/v1/clinics/$SLUG"
  scenario clinic-by-slug-304 304 "$SERVICE/v1/clinics/$SLUG" "If-None-Match: $(etag_of "/v1/clinics/$SLUG")"
  scenario clinic-list    200 "$SERVICE/v1/clinics?limit=$PAGE"
  scenario clinic-list-cursor 200 "$SERVICE/v1/clinics?limit=$PAGE&cursor=$(next_cursor "/v1/clinics?limit=$PAGE")"
  scenario article-by-slug 200 "$SERVICE/v1/clinics/$SLUG/articles/$ARTICLE"
  scenario article-by-slug-304 304 "$SERVICE/v1/clinics/$SLUG/articles/$ARTICLE" "If-None-Match: $(etag_of "/v1/clinics/$SLUG/articles/$ARTICLE")"
  # Another clinic's article as $SLUG's site shows it (placement with a slug override).
  scenario article-syndicated 200 "${SYNDICATED:+$SERVICE/v1/clinics/$SLUG/articles/$SYNDICATED}"
  scenario article-list   200 "$SERVICE/v1/clinics/$SLUG/articles?limit=$PAGE"
  # What a list page of cards asks for (README, "For front-end developers"): a few hundred bytes an item.
  scenario article-list-cards 200 "$SERVICE/v1/clinics/$SLUG/articles?limit=$PAGE&fields=slug,title,excerpt,heroImage,author,publishedAt"
  scenario article-list-filtered 200 "$SERVICE/v1/clinics/$SLUG/articles?tag=topic-3&limit=$PAGE"
  scenario snippet        200 "$SERVICE/v1/clinics/$SLUG/snippets?article=$ARTICLE&maxLength=280"
  scenario feed           200 "$SERVICE/v1/clinics/$SLUG/feed.json"
  # Cold: own articles, translations, syndicated articles on their targets and ?locale= requests, mixed.
  scenario search-cold    200 "@$DATA/search-cold-paths.txt"
  scenario article-cold   200 "@$DATA/cold-paths.txt"
}

targets() {
  # Metrics: ratio (req/s over static-nginx's, at least), rps (at least), p99 (ms, at most),
  # ready (ms, at most), rss (MB, at most). Scenario "-": it does not exist yet (n/a yet);
  # "service": the service itself. Db "postgresql": judged in that database's report only.
  # label                                   metric limit scenario          db     note
  target "Cached article by slug: throughput" ratio 0.6 article-by-slug any "nginx serves the same article bytes"
  target "Cached article by slug: p99" p99 10 article-by-slug any ""
  target "304 on If-None-Match: throughput" ratio 0.7 article-by-slug-304 any ""
  target "Cached list page: throughput" ratio 0.5 article-list any "20 whole articles: about 20 times the bytes nginx serves"
  target "Cached list page of cards: throughput" ratio 0.5 article-list-cards any "fields= as a list page asks"
  target "Snippet: throughput" ratio 0.5 snippet any ""
  target "Cold article: throughput" rps 2000 article-cold postgresql "every request a URI the cache has not seen"
  target "Search: throughput" rps 1000 search-cold any "every request a URI the cache has not seen"
  target "Search: p99" p99 50 search-cold any ""
  target "Ready after start" ready 3000 service any "from process start to /q/health/ready = 200"
  target "RSS after load" rss 400 service any "VmRSS of the service after all scenarios"
}
