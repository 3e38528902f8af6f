# Turns files into a generated C++ source that holds their bytes, so the default rule
# packs ship inside the gongkai binary (`gongkai check doc.txt` needs no flags).
#
#   gongkai_embed_files(OUTPUT <cpp> NAMESPACE <ns> BASE <dir> FILES <f>...)
# generates `std::span<const EmbeddedFile> <ns>::embedded_files()`.

function(gongkai_embed_files)
  cmake_parse_arguments(E "" "OUTPUT;BASE" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${E_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${E_OUTPUT} -DBASE=${E_BASE} "-DFILES=${E_FILES}"
            -P ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    DEPENDS ${E_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedFilesScript.cmake
    COMMENT "Embedding rule packs"
    VERBATIM)
endfunction()
