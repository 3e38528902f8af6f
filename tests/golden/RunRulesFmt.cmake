# `gongkai rules fmt` on scratch copies: an unformatted file is rewritten into exactly the
# canonical text, a file already canonical is not touched (its modification time stays), no
# temporary file is left behind, and a file with syntax errors is refused (exit 2) and left
# as it was.
# Variables: PROGRAM, DATA (tests/data/rules), WORKDIR.
file(REMOVE_RECURSE ${WORKDIR})
file(MAKE_DIRECTORY ${WORKDIR}/pack ${WORKDIR}/broken)
file(COPY ${DATA}/fmt/unformatted.gk ${DATA}/fmt/canonical.gk DESTINATION ${WORKDIR}/pack)
file(COPY ${DATA}/three_mistakes.gk DESTINATION ${WORKDIR}/broken)
execute_process(COMMAND touch -d "2001-01-01 00:00:00" ${WORKDIR}/pack/canonical.gk)
file(TIMESTAMP ${WORKDIR}/pack/canonical.gk before "%s")

execute_process(COMMAND ${PROGRAM} rules fmt ${WORKDIR}/pack
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "rules fmt exited ${status}: ${out}${err}")
endif()
file(READ ${WORKDIR}/pack/unformatted.gk rewritten)
file(READ ${DATA}/fmt/canonical.gk canonical)
if(NOT rewritten STREQUAL canonical)
  message(FATAL_ERROR "unformatted.gk was not rewritten into canonical.gk:\n${rewritten}")
endif()
file(TIMESTAMP ${WORKDIR}/pack/canonical.gk after "%s")
if(NOT before STREQUAL after)
  message(FATAL_ERROR "canonical.gk was written although nothing changed")
endif()
file(GLOB leftovers ${WORKDIR}/pack/.*)
if(leftovers)
  message(FATAL_ERROR "temporary files left behind: ${leftovers}")
endif()
string(FIND "${out}" "1 个文件已整理，1 个文件无需改动" at)
if(at EQUAL -1)
  message(FATAL_ERROR "unexpected summary: ${out}")
endif()

execute_process(COMMAND ${PROGRAM} rules fmt --check ${WORKDIR}/pack
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "rules fmt --check after rules fmt exited ${status}: ${out}${err}")
endif()

execute_process(COMMAND ${PROGRAM} rules fmt ${WORKDIR}/broken
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 2)
  message(FATAL_ERROR "rules fmt on a file with syntax errors exited ${status} (expected 2)")
endif()
file(READ ${WORKDIR}/broken/three_mistakes.gk after_broken)
file(READ ${DATA}/three_mistakes.gk original_broken)
if(NOT after_broken STREQUAL original_broken)
  message(FATAL_ERROR "a file with syntax errors was rewritten")
endif()
