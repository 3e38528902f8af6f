#!/usr/bin/env bash
# The seeded-defects PDF against its good twin (the defects are listed in tests/data/corpus/
# README.md): every seeded defect a shipped rule covers is reported on its page, and the good
# twin gets none of those findings.  usage: seeded_defects.sh GONGKAI PROJECT_DIR OUT_DIR
set -euo pipefail
gongkai="$1"; cd "$2"; out="$3"; mkdir -p "$out"
"$gongkai" check --fail-on never tests/data/pdf/putuo-caizhengju-2024-final-seeded-defects.pdf > "$out/seeded.txt"
"$gongkai" check --fail-on never tests/data/pdf/putuo-caizhengju-2024-final.pdf > "$out/good.txt"
status=0
expect() {  # expect RULE PAGE-NOTE: a finding of RULE with that page note in the seeded twin
  if ! grep -qF "[$1]$2" "$out/seeded.txt"; then echo "seeded twin: no $1$2" >&2; status=1; fi
  if grep -qF "[$1]" "$out/good.txt"; then echo "good twin: $1 reported" >&2; status=1; fi
}
expect JS-GF-06 " (第7页)"    # 1: 第二部分 heading names 上海市普陀区XX局
expect JS-WZ-02 ""           # 2: 支出决算表 removed
expect JS-WZ-03 " (第15页)"   # 3: the 三公 table without its data row
expect JS-GF-03 " (第18页)"   # 4: 第三部分 heading says 2023年度
expect JS-XR-01 " (第18页)"   # 5: 收支总计0万元
expect JS-AR-14 " (第19页)"   # 7: 行政运行 决算数大于预算数
expect JS-AR-14 " (第20页)"   # 8: 职业年金 决算数大于预算数
expect JS-AR-14 " (第21页)"   # 9: 行政单位医疗 决算数等于预算数
expect JS-GF-05 " (第24页)"   # 10: 截至2023年12月31日
expect JS-GF-08 " (第25页)"   # 11: doubled 。
exit $status
