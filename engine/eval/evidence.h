// Evidence: the figures and texts of the document a value was computed from, and the list
// of them each value carries. Values are copied at every step of an evaluation (a variable
// read, a loop item, an operand), so the list is shared between copies: copying it takes a
// reference, and only a change to a shared list copies its items.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>

#include "base/source.h"

namespace gk::eval {

/// One figure or text of the document a value was computed from.
struct Evidence {
  Span span;          ///< in the document
  std::string label;  ///< what it is: "收入合计", "收入支出决算总表 / 总计 / 金额"
  std::string value;  ///< as shown: "13836.6"
  std::string unit;   ///< "万元", "%", "个" or ""
  friend bool operator==(const Evidence&, const Evidence&) = default;
};

/// A list of Evidence, read like a const std::vector. Copies share the items; push_back(),
/// append() and add_missing() copy them first when another list shares them, so no list
/// ever sees another's change. A list and its copies belong to one thread at a time (the
/// count of owners is not atomic): a document's values and results are made on one thread
/// and handed on whole, under a lock.
class EvidenceList {
 public:
  using value_type = Evidence;
  using const_iterator = const Evidence*;
  using iterator = const Evidence*;

  EvidenceList() noexcept = default;
  EvidenceList(std::initializer_list<Evidence> items);
  EvidenceList(Evidence single);  // NOLINT: one item is a list
  EvidenceList(const EvidenceList& other) noexcept : block_(other.block_) { retain(); }
  EvidenceList(EvidenceList&& other) noexcept : block_(other.block_) { other.block_ = nullptr; }
  EvidenceList& operator=(const EvidenceList& other) noexcept;
  EvidenceList& operator=(EvidenceList&& other) noexcept;
  ~EvidenceList() { release(); }

  bool empty() const noexcept { return size() == 0; }
  size_t size() const noexcept { return block_ ? block_->size : 0; }
  const Evidence* begin() const noexcept { return block_ ? block_->items() : nullptr; }
  const Evidence* end() const noexcept { return begin() + size(); }
  const Evidence& front() const { return *begin(); }
  const Evidence& operator[](size_t i) const { return begin()[i]; }

  void push_back(Evidence e);
  /// Adds every item of `more`, in order.
  void append(const EvidenceList& more);
  /// Adds each item of `more` this list does not hold yet, in order.
  void add_missing(const EvidenceList& more);

  friend bool operator==(const EvidenceList& a, const EvidenceList& b);

 private:
  struct alignas(Evidence) Block {
    uint32_t owners = 1;
    uint32_t size = 0;
    uint32_t capacity = 0;
    bool distinct = true;  ///< no item equals another (lists made by add_missing, or of one)
    Evidence* items() { return reinterpret_cast<Evidence*>(this + 1); }
  };

  static Block* allocate(uint32_t capacity);
  static void destroy(Block* block) noexcept;
  void retain() const noexcept {
    if (block_) ++block_->owners;
  }
  void release() noexcept {
    if (block_ && --block_->owners == 0) destroy(block_);
    block_ = nullptr;
  }
  /// Makes this the only owner of a block with room for `needed` items.
  void reserve_unshared(size_t needed);

  Block* block_ = nullptr;
};

}  // namespace gk::eval
