#!/usr/bin/env bash
# The dependency rule of ARCHITECTURE.md: core ← app ← adapters ← cli, adapters never include each
# other. Fails listing every #include that crosses a layer the wrong way.
set -uo pipefail
src="${1:?usage: check_layers.sh SRC_DIR}"
status=0

# forbid LAYER_DIR REGEX WHY: no file under LAYER_DIR may have an include matching REGEX.
forbid() {
  local dir="$1" pattern="$2" why="$3" found
  found=$(grep -rnE "^[[:space:]]*#[[:space:]]*include[[:space:]]*$pattern" "$src/$dir" \
            --include='*.hpp' --include='*.cpp' 2>/dev/null)
  if [ -n "$found" ]; then
    echo "layer rule broken ($why):"
    echo "$found"
    status=1
  fi
}

# The domain core is the standard library only: no project layer above it, no third-party header.
forbid core '"(app|store|web|views|printouts|security|cli|reports|integrations)/' "core includes an outer layer"
forbid core '<[a-z0-9_]+/' "core includes a third-party library"
# Use cases see the domain and their ports, never an adapter.
forbid app '"(store|web|views|printouts|security|cli|reports|integrations)/' "app includes an adapter"
forbid app '<(restinio|sqlite3|pqxx|libpq|mstch|cairo|pango|sodium|curl|spdlog)' "app includes an adapter's library"
# Adapters meet through app's ports only.
forbid store '"(web|views|printouts|security|cli|reports|integrations)/' "store includes another adapter"
forbid views '"(store|web|printouts|security|cli|reports|integrations)/' "views includes another adapter"
forbid printouts '"(store|web|views|security|cli|reports|integrations)/' "printouts includes another adapter"
forbid security '"(store|web|views|printouts|cli|reports|integrations)/' "security includes another adapter"
forbid reports '"(store|web|views|printouts|security|cli|integrations)/' "reports includes another adapter"
forbid web '"(store|printouts|security|cli|reports|integrations)/' "web includes another adapter"
forbid integrations '"(store|web|views|printouts|security|cli|reports)/' "integrations includes another adapter"
for dir in core app store web views printouts security reports cli; do
  forbid "$dir" '<curl/' "libcurl outside integrations"
done
# The HTTP library stays in web/http, which knows nothing of the handlers above it.
forbid web/http '"web/(api|pages|portal|backoffice)/' "web/http includes a handler"
forbid web/http '"(views|store)/' "web/http includes views or store"
for dir in web/api web/portal web/backoffice views app store cli; do
  forbid "$dir" '<restinio/' "RESTinio outside web/http"
done

[ $status -eq 0 ] && echo "layers: every include follows the dependency rule"
exit $status
