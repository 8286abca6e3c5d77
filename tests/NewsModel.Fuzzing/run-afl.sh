#!/usr/bin/env bash
# Publishes the harness, instruments NewsModel.dll with SharpFuzz, writes the seed corpus and runs
# one target under afl-fuzz for a bounded time, at the lowest priority (the machine is shared).
#   tests/NewsModel.Fuzzing/run-afl.sh article|json|yaml SECONDS [WORK-DIR]
# Needs afl-fuzz (apt-get install afl++) and the SharpFuzz tool
# (dotnet tool install --tool-path /tmp/sharpfuzz-tool SharpFuzz.CommandLine --version 2.3.0).
set -euo pipefail
target=${1:?target: article, json or yaml}
seconds=${2:?seconds to run}
work=${3:-/tmp/newsmodel-fuzz}
root=$(cd "$(dirname "$0")/../.." && pwd)
sharpfuzz=${SHARPFUZZ:-$(command -v sharpfuzz || echo /tmp/sharpfuzz-tool/sharpfuzz)}

if [ ! -f "$work/bin/NewsModel.Fuzzing.dll" ]; then
  dotnet publish "$root/tests/NewsModel.Fuzzing" -c Release -o "$work/bin"
  # The seeds come first: instrumented code writes to afl's shared memory and crashes without it.
  rm -rf "$work/corpus"
  dotnet "$work/bin/NewsModel.Fuzzing.dll" seeds "$root" "$work/corpus"
  # Only the library is instrumented: coverage of the harness, SharpFuzz or the BCL is noise.
  "$sharpfuzz" "$work/bin/NewsModel.dll"
fi

case "$target" in
  article) seeds="$work/corpus/article"; dict="$work/corpus/article.dict" ;;
  json) seeds="$work/corpus/json"; dict="$work/corpus/model.dict" ;;
  yaml) seeds="$work/corpus/yaml"; dict="$work/corpus/model.dict" ;;
  *) echo "unknown target $target" >&2; exit 2 ;;
esac

# The .NET host is not compiled with afl's instrumentation: SharpFuzz reports coverage itself.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# -t: a run over 5 s is a hang; -m none: the CLR reserves far more address space than it uses.
nice -n 19 afl-fuzz -V "$seconds" -t 5000 -m none -x "$dict" -i "$seeds" -o "$work/findings-$target" \
  -- dotnet "$work/bin/NewsModel.Fuzzing.dll" "$target"
