// gongkai — entry point: dispatches to the subcommands listed in commands.cpp.
#include "commands.h"

int main(int argc, char** argv) { return gk::cli::run(argc, argv); }
