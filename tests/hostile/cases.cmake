# Hostile-input cases: gongkai_hostile_test(<name> <exit status> <directory> …), see
# CMakeLists.txt. Exact messages are compared with files under expected/.
set(root ${PROJECT_SOURCE_DIR})
set(small tests/data/hostile)

# Reading: every bad input is one coded line naming the file; exit status 2.
gongkai_hostile_test(over-256mb 2 ${GK_HOSTILE_DIR} EXPECTED over-256mb.out ARGS inspect over-256mb.txt)
gongkai_hostile_test(long-line 2 ${GK_HOSTILE_DIR} EXPECTED long-line.out ARGS inspect long-line.txt)
gongkai_hostile_test(truncated-utf8 2 ${root} EXPECTED truncated-utf8.out
                     ARGS inspect ${small}/truncated-utf8.txt)
gongkai_hostile_test(utf16-odd-length 2 ${root} EXPECTED utf16-odd-length.out
                     ARGS inspect ${small}/utf16le-odd-length.txt)
gongkai_hostile_test(bom-only 2 ${root} EXPECTED bom-only.out ARGS inspect ${small}/bom-only.txt)
gongkai_hostile_test(ideographic-spaces 2 ${root} EXPECTED ideographic-spaces.out
                     ARGS inspect ${small}/ideographic-spaces.txt)
gongkai_hostile_test(binary-rules 2 ${root} EXPECTED binary-rules.out
                     ARGS rules check ${small}/binary-rules.gk)

# Encodings and line ends that read fine: UTF-16BE with BOM, lone CR line ends.
gongkai_hostile_test(utf16be-bom 0 ${root} EXPECTED utf16be-bom.txt ARGS inspect ${small}/utf16be-bom.txt)
gongkai_hostile_test(cr-only 0 ${root} EXPECTED cr-only.txt ARGS inspect ${small}/cr-only.txt)

# Structure: 10,000 headings nested as deep as the five numbering styles go (5 levels).
gongkai_hostile_test(nested-headings 0 ${GK_HOSTILE_DIR}
  LINES "sections: 10000@@ +[0-9]+          \\(9\\) \\[arabic-paren 9\\] 人员情况" SECONDS 60
  ARGS inspect nested-headings.txt)
gongkai_hostile_test(nested-headings.check 1 ${GK_HOSTILE_DIR}
  LINES "nested-headings.txt: 部门决算 [0-9.]+：错误 [0-9]+，警告 [0-9]+，提示 [0-9]+；规则 [0-9]+ 条：.*" SECONDS 60
  ARGS check nested-headings.txt)

# Tables: one of 100,000 rows, read in full and checked.
gongkai_hostile_test(table-100k-rows 0 ${GK_HOSTILE_DIR} LABELS big
  LINES "tables: 1@@100009    收入项目100000: \\| 收入项目100000 \\| 100000 \\| 0\\.0@@100010    合计: \\| 合计 \\| 100001 \\| 12345\\.67"
  SECONDS 120
  ARGS inspect table-100k-rows.txt)
gongkai_hostile_test(table-100k-rows.check 1 ${GK_HOSTILE_DIR} LABELS big
  LINES "table-100k-rows.txt: 部门决算 [0-9.]+：错误 [0-9]+，警告 [0-9]+，提示 [0-9]+；规则 [0-9]+ 条：.*"
  SECONDS 120 ARGS check table-100k-rows.txt)

# The same without TABs (space-aligned, as pdftotext -layout writes it): linear, not quadratic.
gongkai_hostile_test(plain-table-100k-rows 0 ${GK_HOSTILE_DIR} LABELS big
  LINES "tables: 1@@ +[0-9]+  table \"支出决算表\" code=- unit=万元 layout=space-aligned section=.*" SECONDS 60
  ARGS inspect plain-table-100k-rows.txt)

# A 100 MiB document (the seed repeated), under the size limit: checked in full.
gongkai_hostile_test(big-100mb 1 ${GK_HOSTILE_DIR} LABELS big
  LINES "big-100mb.txt: 部门决算 [0-9.]+：错误 [0-9]+，警告 [0-9]+，提示 [0-9]+；规则 [0-9]+ 条：.*" SECONDS 600
  ARGS check big-100mb.txt)

# Out of memory (800 MB of address space for a document needing about 2 GB): a message and
# exit status 2, not an abort. Not under the sanitizers, which reserve terabytes of it.
gongkai_hostile_test(out-of-memory 2 ${GK_HOSTILE_DIR} LABELS big MEMORY_KB 800000
  EXPECTED out-of-memory.out ARGS inspect big-100mb.txt)
# In a batch, the document is reported like an unreadable file and the others are checked.
gongkai_hostile_test(out-of-memory.batch 2 ${GK_HOSTILE_DIR} LABELS big MEMORY_KB 800000
  LINES "big-100mb.txt: error: out of memory: a document needs about 20 times its size in memory \\[E-READ-TOO-LARGE\\]@@nested-headings.txt: 部门决算 [0-9.]+：错误 [0-9]+，警告 [0-9]+，提示 [0-9]+；规则 [0-9]+ 条：.*"
  ARGS check big-100mb.txt nested-headings.txt)

# Rules: 10,000 nested brackets are E008, not a stack overflow; a catastrophic pattern gives
# its rule an error while the other rule passes, within seconds.
gongkai_hostile_test(deep-brackets 2 ${GK_HOSTILE_DIR} EXPECTED deep-brackets.out
  ARGS rules check deep-brackets.gk)
gongkai_hostile_test(deep-brackets.fmt 2 ${GK_HOSTILE_DIR} EXPECTED deep-brackets-fmt.out
  ARGS rules fmt --check deep-brackets.gk)
gongkai_hostile_test(catastrophic-pattern 1 ${GK_HOSTILE_DIR}
  LINES "many-a.txt: catastrophic：错误 2000，警告 0，提示 0；规则 2 条：通过 1，不通过 0，无法核实 0，不适用 0，出错 1"
  SECONDS 30 ARGS check --no-default-rules --rules catastrophic.gk many-a.txt)
