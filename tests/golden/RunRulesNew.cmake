# `gongkai rules new --rules DIR ID` on a scratch copy of the built-in pack: the skeleton is
# appended next to the rules with the most similar numbers, the pack still compiles, and the
# skeleton's own test fails (exit 1 of rules test) until the author fills it in.
# Variables: PROGRAM, SOURCE_PACK, WORKDIR.
file(REMOVE_RECURSE ${WORKDIR})
file(COPY ${SOURCE_PACK}/ DESTINATION ${WORKDIR})
execute_process(COMMAND ${PROGRAM} rules new --rules ${WORKDIR} --title 新规则 JS-AR-99
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "rules new exited ${status}: ${out}${err}")
endif()
file(READ ${WORKDIR}/arithmetic.gk text)
string(FIND "${text}" "rule JS-AR-99 \"新规则\"" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the skeleton is not in arithmetic.gk")
endif()
execute_process(COMMAND ${PROGRAM} rules test ${WORKDIR}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 1)
  message(FATAL_ERROR "rules test on the new skeleton exited ${status} (expected 1): ${out}${err}")
endif()
string(FIND "${out}" "规则 JS-AR-99 期望 pass，实际 fail" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the skeleton's failing test is not reported: ${out}")
endif()
execute_process(COMMAND ${PROGRAM} rules new --rules ${WORKDIR} JS-AR-99
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 2)
  message(FATAL_ERROR "a second JS-AR-99 exited ${status} (expected 2)")
endif()
