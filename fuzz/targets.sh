# The fuzz targets and the options they run with, shared by scripts/fuzz and bench/fuzz.
# -max_len keeps inputs to what each parser meets per request at most in a reasonable test (a JSON
# body of a few KiB, not the megabytes the server accepts), so a run stays fast; -timeout turns a
# slow input into a finding; fuzz/dict/<target>.dict, when there is one, names the tokens of its
# input format.
# shellcheck shell=bash
# shellcheck disable=SC2034  # read by the scripts that source this file
fuzz_targets=(json_body eform_answers multipart url form_rules golden_scenario)

# Sets the array fuzz_options to the options of target $1.
set_fuzz_options() {
  local max_len=4096
  case "$1" in
    multipart) max_len=8192 ;;
    url) max_len=2048 ;;
  esac
  fuzz_options=(-max_len="$max_len" -timeout=10 -rss_limit_mb=2048)
  if [ -f "fuzz/dict/$1.dict" ]; then fuzz_options+=(-dict="fuzz/dict/$1.dict"); fi
}

# How many findings target $1 has left in var/fuzz/findings.
count_findings() { find var/fuzz/findings -name "$1-*" | wc -l; }
