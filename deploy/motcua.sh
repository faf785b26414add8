#!/bin/sh
# Installed as bin/motcua. The executable lives in lib/motcua because it serves the compiled
# stylesheet and fonts from a static/ folder beside itself; everything else it reads comes from
# MOTCUA_RESOURCES, which would otherwise default to the source tree it was built from.
# Run store commands as the service's user, so files it creates stay readable by the server:
#   runuser -u motcua -- motcua user add --data /var/lib/motcua ...
here=$(dirname "$(readlink -f "$0")")
: "${MOTCUA_RESOURCES:=$here/../share/motcua}"
export MOTCUA_RESOURCES
exec "$here/../lib/motcua/motcua" "$@"
