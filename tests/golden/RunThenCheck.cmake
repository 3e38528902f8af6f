# Runs PROGRAM with ARGS in WORKDIR and checks its exit status (EXPECTED_EXIT), then runs
# CHECKER (a command, e.g. a validator of the file the program wrote) and requires status 0.
# ARGS and CHECKER arrive '|'-separated.
string(REPLACE "|" ";" ARGS "${ARGS}")
string(REPLACE "|" ";" CHECKER "${CHECKER}")
execute_process(COMMAND ${PROGRAM} ${ARGS} WORKING_DIRECTORY ${WORKDIR}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 300)
if(NOT rc STREQUAL EXPECTED_EXIT)
  message(FATAL_ERROR "exit status ${rc}, expected ${EXPECTED_EXIT}\n${out}${err}")
endif()
execute_process(COMMAND ${CHECKER} WORKING_DIRECTORY ${WORKDIR}
  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc TIMEOUT 300)
message(STATUS "${out}${err}")
if(NOT rc STREQUAL "0")
  message(FATAL_ERROR "check failed (${rc}):\n${out}${err}")
endif()
