# Runs PROGRAM with ARGS ('|'-separated) in WORKDIR, its stdout and stderr going to files
# next to OUTPUT (they can be large), then checks, each only when given:
#   EXPECTED_EXIT   the exit status (always checked)
#   EXPECTED        a file whose text must equal stdout+stderr verbatim
#   EXPECT_LINES    regular expressions ("@@"-separated) each matching a whole line of stdout
#                   or of stderr
#   EXPECT_STDERR   a file whose text must equal stderr verbatim
#   MAX_SECONDS     the longest the run may take
cmake_policy(SET CMP0007 NEW)
string(REPLACE "|" ";" ARGS "${ARGS}")
string(TIMESTAMP start "%s" UTC)
execute_process(COMMAND ${PROGRAM} ${ARGS}
  WORKING_DIRECTORY ${WORKDIR}
  OUTPUT_FILE ${OUTPUT}.stdout ERROR_FILE ${OUTPUT}.stderr RESULT_VARIABLE rc)
string(TIMESTAMP end "%s" UTC)
math(EXPR seconds "${end} - ${start}")
message(STATUS "exit status ${rc} after ${seconds} s; output in ${OUTPUT}.stdout")
file(READ ${OUTPUT}.stderr err)

if(NOT rc STREQUAL EXPECTED_EXIT)
  message(FATAL_ERROR "exit status ${rc}, expected ${EXPECTED_EXIT}\n${err}")
endif()
if(DEFINED MAX_SECONDS AND seconds GREATER MAX_SECONDS)
  message(FATAL_ERROR "took ${seconds} s, more than ${MAX_SECONDS} s")
endif()
if(DEFINED EXPECTED)
  file(READ ${OUTPUT}.stdout out)
  file(READ ${EXPECTED} expected)
  if(NOT "${out}${err}" STREQUAL expected)
    message(FATAL_ERROR "output differs from ${EXPECTED}:\n${out}${err}")
  endif()
endif()
if(DEFINED EXPECT_STDERR)
  file(READ ${EXPECT_STDERR} expected)
  if(NOT err STREQUAL expected)
    message(FATAL_ERROR "stderr differs from ${EXPECT_STDERR}:\n${err}")
  endif()
endif()
if(DEFINED EXPECT_LINES)
  string(REPLACE "@@" ";" patterns "${EXPECT_LINES}")
  foreach(pattern IN LISTS patterns)
    file(STRINGS ${OUTPUT}.stdout found REGEX "^${pattern}$" LIMIT_COUNT 1 ENCODING UTF-8)
    if(NOT found)
      file(STRINGS ${OUTPUT}.stderr found REGEX "^${pattern}$" LIMIT_COUNT 1 ENCODING UTF-8)
    endif()
    if(NOT found)
      message(FATAL_ERROR "no line of ${OUTPUT}.stdout or .stderr matches ^${pattern}$")
    endif()
  endforeach()
endif()
