# shellcheck shell=bash
# What the benchmark measures and what it is held to (issue 7). Sourced by run.sh after the
# dataset is loaded, so a line can use what the run knows:
#   $SERVICE  base URL of the service          $DATA   work dir of the dataset (clinic-slugs.txt, ...)
#   $SLUG     a clinic of the dataset          $ARTICLE     its first own article
#   $PAGE     list page size (20, or half the dataset when that is smaller)
#   $SYNDICATED  slug of an article another clinic syndicates onto $SLUG (empty if none)
#   etag_of <path>      current ETag of a delivery resource
#   next_cursor <path>  nextCursor of a list page
#
# Adding a scenario is one line in scenarios(): a name, the status every response must have, the
# URL and at most one extra request header. A URL of the form @<file> makes wrk cycle through the
# paths listed in <file> (one per line) on the service, for scenarios over many resources (cold
# reads). Adding a target is one line in targets().
#
# The static reference ("× nginx"): every single-URL scenario is compared with nginx serving that
# scenario's own response. After the warm-up, run.sh fetches each scenario's body with curl and
# saves it, byte for byte, as a file nginx serves with the Content-Type the service sent; right
# after measuring the scenario it measures nginx serving that file with the same wrk settings
# (recorded as nginx/<scenario>). A list page is thus compared with nginx sending the same list
# page, not a single article. A 304 scenario's reference is nginx answering If-None-Match with a
# 304 for the same body: the request carries nginx's own ETag of the file. Only the body and the
# Content-Type are the same: nginx sends its own headers (ETag, Last-Modified), not the service's
# Cache-Control, Surrogate-Key or Content-Language. The report flags a reference whose body is not
# the size the scenario got when measured. Each reference adds one --duration to the run.
# Path-file scenarios (cold reads) have no static equivalent and are judged in req/s.

scenarios() {
  # name                  expect  URL                                               extra header
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
  # Cold, every request a URI no cache has seen: searches (some in a second locale; the same few
  # searches of each clinic, so their rankings are held after the warm-up); own articles,
  # translations, syndicated articles on their targets and ?locale= requests, mixed.
  scenario search-cold    200 "@$DATA/search-cold-paths.txt"
  scenario search-cold-cards 200 "@$DATA/search-cold-cards-paths.txt"
  # Result cards of searches the service has not ranked before (no target: the ones above repeat a
  # clinic's searches under new URIs, as sites do; this is what a query costs the first time).
  scenario search-new-cards 200 "@$DATA/search-new-cards-paths.txt"
  scenario article-cold   200 "@$DATA/cold-paths.txt"
}

targets() {
  # Metrics: ratio (req/s over nginx serving the scenario's own bytes, at least), rps (at least),
  # p99 (ms, at most), ready (ms, at most), rss (MB, at most). Scenario "-": it does not exist yet
  # (n/a yet); "service": the service itself. Db "postgresql": judged in that database's report only.
  # label                                   metric limit scenario          db     note
  target "Cached article by slug: throughput" ratio 0.6 article-by-slug any "nginx serves the same article bytes"
  target "Cached article by slug: p99" p99 10 article-by-slug any ""
  target "304 on If-None-Match: throughput" ratio 0.7 article-by-slug-304 any "nginx answers a 304 to its own ETag of the article file"
  target "Cached list page: throughput" ratio 0.5 article-list any "nginx serves the same list page bytes"
  target "Cached list page of cards: throughput" ratio 0.5 article-list-cards any "fields= as a list page asks"
  target "Snippet: throughput" ratio 0.5 snippet any ""
  target "Cold article: throughput" rps 2000 article-cold postgresql "every request a URI the cache has not seen"
  target "Search, whole articles: throughput" rps 1000 search-cold any "every request a URI the cache has not seen; 20 whole articles a page"
  target "Search, whole articles: p99" p99 50 search-cold any ""
  target "Search, result cards: throughput" rps 1000 search-cold-cards any "as a results page asks: 10 cards (fields=) a page"
  target "Search, result cards: p99" p99 50 search-cold-cards any ""
  target "Ready after start" ready 3000 service any "restart on the loaded dataset: process start to /q/health/ready = 200"
  target "RSS after load" rss 400 service any "VmRSS of the service after all scenarios"
}
