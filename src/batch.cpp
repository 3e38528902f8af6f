#include "batch.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <new>
#include <thread>

#include <fmt/format.h>

#include "document/department.h"
#include "document/extract.h"
#include "fingerprints.h"
#include "input/read_input.h"

namespace gk::cli {
namespace {

/// Draws "检查文档 [#####     ] 12/40" on stderr, at most once per document.
class ProgressBar {
 public:
  ProgressBar(bool on, size_t total) : on_(on && total > 1), total_(total) {}
  void step(size_t done) {
    if (!on_) return;
    constexpr size_t kWidth = 30;
    const size_t filled = done * kWidth / total_;
    fmt::print(stderr, "\r[{}{}] {}/{}", std::string(filled, '#'), std::string(kWidth - filled, ' '), done, total_);
    if (done == total_) fmt::print(stderr, "\r{}\r", std::string(kWidth + 24, ' '));
    std::fflush(stderr);
  }

 private:
  bool on_;
  size_t total_;
};

}  // namespace

uint64_t fnv1a64(std::string_view bytes) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string hex64(uint64_t value) { return fmt::format("{:016x}", value); }

size_t scope_number(const doc::Document& main, const doc::Document* scope) {
  for (size_t k = 0; k < main.appended.size(); ++k)
    if (scope == &main.appended[k]) return k + 1;
  return 0;
}

size_t default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

/// Reads, extracts and checks one file (and its attachments) into `out`.
void read_and_check(const std::string& path, const std::vector<const check::Pack*>& packs,
                    const std::vector<std::string>& attachments, CheckedFile& out) {
  auto read = input::read_input_file(path);
  if (auto* error = std::get_if<Diagnostic>(&read)) {
    out.unreadable = std::move(*error);
    return;
  }
  if (!attachments.empty()) {
    std::vector<SourceText> attached;
    for (const auto& file : attachments) {
      auto part = input::read_input_file(file);
      if (auto* error = std::get_if<Diagnostic>(&part)) {
        out.unreadable = std::move(*error);
        return;
      }
      attached.push_back(std::move(std::get<SourceText>(part)));
    }
    read = input::attach(std::get<SourceText>(read), attached);
  }
  out.content_hash = fnv1a64(std::get<SourceText>(read).text());
  out.document = std::make_unique<doc::Document>(doc::extract_document(std::move(std::get<SourceText>(read))));
  out.department = doc::department_of(*out.document);
  out.check.document = out.document.get();
  out.check.packs = eval::evaluate_file(packs, *out.document);
  for (const auto& result : out.check.packs) out.scores.push_back(eval::score(result));
  add_fingerprints(out.check);
}

CheckedFile check_file(size_t index, const std::string& path, const std::vector<const check::Pack*>& packs,
                       const std::vector<std::string>& attachments) {
  CheckedFile out;
  out.index = index;
  out.file = path;
  try {
    read_and_check(path, packs, attachments, out);
  } catch (const std::bad_alloc&) {
    // One document too large for this machine is reported like an unreadable file; the
    // others are still checked (docs/limits.md).
    out = CheckedFile{};
    out.index = index;
    out.file = path;
    Diagnostic error;
    error.code = "E-READ-TOO-LARGE";
    error.message = "out of memory: a document needs about 20 times its size in memory";
    error.file = path;
    out.unreadable = std::move(error);
  }
  return out;
}

void run_batch(const std::vector<std::string>& files, const std::vector<const check::Pack*>& packs,
               const BatchOptions& options, const std::function<void(CheckedFile&)>& consume) {
  ProgressBar progress(options.progress, files.size());
  const size_t jobs = std::min(std::max<size_t>(options.jobs, 1), std::max<size_t>(files.size(), 1));
  if (jobs == 1) {
    for (size_t i = 0; i < files.size(); ++i) {
      CheckedFile checked = check_file(i, files[i], packs, options.attachments);
      consume(checked);
      progress.step(i + 1);
    }
    return;
  }
  // A window of slots for files [next_out, next_out + window): workers fill them in any
  // order; this thread takes them out in order. A worker waits while its file would fall
  // beyond the window.
  // A consumed file goes back to the worker that checked it, to be freed there: its
  // document and results are tens of thousands of small blocks, which the allocator frees
  // far faster on the thread that allocated them.
  const size_t window = 4 * jobs;
  std::mutex mutex;
  std::condition_variable ready;  // the next file to write is in (this thread waits on it)
  std::condition_variable room;   // the window moved on (workers wait on it)
  size_t waiting = 0;             // workers waiting for room
  struct Slot {
    std::optional<CheckedFile> file;
    size_t worker = 0;  ///< the worker that checked it, which frees it
  };
  std::deque<Slot> slots;  // slots[k] is file next_out + k
  std::vector<std::vector<CheckedFile>> consumed(jobs);  // per worker, to be freed by it
  size_t next_out = 0, next_in = 0;
  auto work = [&](size_t worker) {
    std::vector<CheckedFile> to_free;
    for (;;) {
      size_t i;
      {
        std::unique_lock lock(mutex);
        while (next_in < files.size() && next_in >= next_out + window) {
          ++waiting;
          room.wait(lock);
          --waiting;
        }
        to_free.swap(consumed[worker]);
        if (next_in >= files.size()) return;
        i = next_in++;
      }
      to_free.clear();  // outside the lock
      CheckedFile checked = check_file(i, files[i], packs, options.attachments);
      bool next_to_write;
      {
        std::lock_guard lock(mutex);
        const size_t k = i - next_out;
        if (slots.size() <= k) slots.resize(k + 1);
        slots[k] = {std::move(checked), worker};
        next_to_write = k == 0;
      }
      if (next_to_write) ready.notify_one();
    }
  };
  std::vector<std::thread> workers;
  for (size_t j = 0; j < jobs; ++j) workers.emplace_back(work, j);
  while (next_out < files.size()) {
    Slot slot;
    bool wake;
    {
      std::unique_lock lock(mutex);
      ready.wait(lock, [&] { return !slots.empty() && slots.front().file.has_value(); });
      slot = std::move(slots.front());
      slots.pop_front();
      ++next_out;
      wake = waiting > 0;
    }
    if (wake) room.notify_all();
    consume(*slot.file);
    progress.step(next_out);
    std::lock_guard lock(mutex);
    consumed[slot.worker].push_back(std::move(*slot.file));
  }
  for (auto& w : workers) w.join();
}

}  // namespace gk::cli
