# Compares the file ACTUAL with the golden file EXPECTED byte for byte (CSV keeps its CRLF
# and byte-order mark this way). With GK_UPDATE_GOLDEN=1 in the environment, copies ACTUAL
# over EXPECTED instead.
if(DEFINED ENV{GK_UPDATE_GOLDEN})
  configure_file(${ACTUAL} ${EXPECTED} COPYONLY)
  message(STATUS "updated ${EXPECTED}")
  return()
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${ACTUAL} ${EXPECTED} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  execute_process(COMMAND diff -u ${EXPECTED} ${ACTUAL} OUTPUT_VARIABLE d)
  message(FATAL_ERROR "${ACTUAL} differs from ${EXPECTED}:\n${d}")
endif()
