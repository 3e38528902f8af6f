# Runs PROGRAM with ARGS (a ;-list) in WORKDIR, then compares its exit status with
# EXPECTED_EXIT and its stdout+stderr, verbatim, with the file EXPECTED.
# ARGS arrives '|'-separated. The file:// URI of WORKDIR (SARIF's %SRCROOT%) is written
# file://@WORKDIR@/ in EXPECTED, so the files do not depend on where the project is.
# Set GK_UPDATE_GOLDEN=1 in the environment to rewrite EXPECTED instead.
cmake_policy(SET CMP0053 NEW)  # "@WORKDIR@" below is text, not a variable
string(REPLACE "|" ";" ARGS "${ARGS}")
execute_process(COMMAND ${PROGRAM} ${ARGS}
  WORKING_DIRECTORY ${WORKDIR}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 120)
set(actual "${out}${err}")
string(REPLACE "\"file://${WORKDIR}/\"" "\"file://@WORKDIR@/\"" actual "${actual}")
if(DEFINED ENV{GK_UPDATE_GOLDEN})
  file(WRITE ${EXPECTED} "${actual}")
  message(STATUS "updated ${EXPECTED}")
  return()
endif()
if(NOT rc STREQUAL EXPECTED_EXIT)
  message(FATAL_ERROR "exit status ${rc}, expected ${EXPECTED_EXIT}\n${actual}")
endif()
file(READ ${EXPECTED} expected)
if(NOT actual STREQUAL expected)
  file(WRITE ${EXPECTED}.actual "${actual}")
  execute_process(COMMAND diff -u ${EXPECTED} ${EXPECTED}.actual OUTPUT_VARIABLE d)
  message(FATAL_ERROR "output differs from ${EXPECTED}:\n${d}")
endif()
