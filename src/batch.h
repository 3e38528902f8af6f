// Checking a batch of documents on several cores: worker threads read, extract, evaluate and
// score documents, and the caller receives them strictly in input order. Only a bounded
// window of documents may be finished ahead of the next one the caller is waiting for, so
// memory does not grow with the batch. An unreadable file is a result like any other.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "report.h"

namespace gk::cli {

struct BatchOptions {
  size_t jobs = 1;          ///< worker threads (at least 1)
  bool progress = false;    ///< draw a progress bar on stderr
  std::vector<std::string> attachments;  ///< files read as part of each document (--attach)
};

/// Reads, extracts, evaluates and scores one file (with `attachments` appended to it).
CheckedFile check_file(size_t index, const std::string& path, const std::vector<const check::Pack*>& packs,
                       const std::vector<std::string>& attachments = {});

/// Checks every file and calls `consume` for each, in the order of `files`, on the calling
/// thread.
void run_batch(const std::vector<std::string>& files, const std::vector<const check::Pack*>& packs,
               const BatchOptions& options, const std::function<void(CheckedFile&)>& consume);

/// The default number of jobs: the cores this machine has (at least 1).
size_t default_jobs();

}  // namespace gk::cli
