#include "eval/evidence.h"

#include <algorithm>
#include <memory>
#include <new>
#include <span>
#include <utility>

namespace gk::eval {

EvidenceList::Block* EvidenceList::allocate(uint32_t capacity) {
  void* memory = ::operator new(sizeof(Block) + capacity * sizeof(Evidence));
  Block* block = new (memory) Block;
  block->capacity = capacity;
  return block;
}

void EvidenceList::destroy(Block* block) noexcept {
  std::destroy_n(block->items(), block->size);
  block->~Block();
  ::operator delete(block);
}

// The constructors delegate to the default one, so a copy that throws midway still frees
// the block (with the items made so far) through the destructor.
EvidenceList::EvidenceList(std::initializer_list<Evidence> items) : EvidenceList() {
  if (items.size() == 0) return;
  block_ = allocate(static_cast<uint32_t>(items.size()));
  for (const Evidence& e : items) {
    new (block_->items() + block_->size) Evidence(e);
    ++block_->size;
  }
  const Evidence* first = block_->items();
  for (uint32_t i = 1; i < block_->size && block_->distinct; ++i)
    block_->distinct = std::find(first, first + i, first[i]) == first + i;
}

EvidenceList::EvidenceList(Evidence single) : EvidenceList() {
  block_ = allocate(1);
  new (block_->items()) Evidence(std::move(single));
  block_->size = 1;
}

EvidenceList& EvidenceList::operator=(const EvidenceList& other) noexcept {
  if (block_ != other.block_) {
    other.retain();
    release();
    block_ = other.block_;
  }
  return *this;
}

EvidenceList& EvidenceList::operator=(EvidenceList&& other) noexcept {
  if (this != &other) {
    release();
    block_ = std::exchange(other.block_, nullptr);
  }
  return *this;
}

void EvidenceList::reserve_unshared(size_t needed) {
  const bool shared = block_ && block_->owners != 1;
  if (block_ && !shared && needed <= block_->capacity) return;
  const size_t capacity = std::max<size_t>({needed, 2 * size(), 2});
  EvidenceList grown;  // owns the new block, so a copy that throws frees it
  grown.block_ = allocate(static_cast<uint32_t>(capacity));
  grown.block_->distinct = !block_ || block_->distinct;
  for (Evidence& e : std::span<Evidence>(block_ ? block_->items() : nullptr, size())) {
    if (shared) new (grown.block_->items() + grown.block_->size) Evidence(e);
    else new (grown.block_->items() + grown.block_->size) Evidence(std::move(e));
    ++grown.block_->size;
  }
  *this = std::move(grown);
}

void EvidenceList::push_back(Evidence e) {
  reserve_unshared(size() + 1);
  new (block_->items() + block_->size) Evidence(std::move(e));
  ++block_->size;
  if (block_->size > 1) block_->distinct = false;  // not looked at: may repeat an item
}

void EvidenceList::append(const EvidenceList& more) {
  if (more.empty()) return;
  if (empty()) {
    *this = more;
    return;
  }
  const EvidenceList kept = more;  // `more` may be this list
  reserve_unshared(size() + kept.size());
  for (const Evidence& e : kept) {
    new (block_->items() + block_->size) Evidence(e);
    ++block_->size;
  }
  block_->distinct = false;
}

void EvidenceList::add_missing(const EvidenceList& more) {
  if (more.empty() || more.block_ == block_) return;
  // Most often this list is empty and `more` repeats no item (one item, or made here): share it.
  if (empty() && more.block_->distinct) {
    *this = more;
    return;
  }
  const bool distinct = empty() || block_->distinct;
  for (const Evidence& e : more) {
    if (std::find(begin(), end(), e) != end()) continue;
    push_back(e);
    block_->distinct = distinct;  // this list only gains items it did not hold
  }
}

bool operator==(const EvidenceList& a, const EvidenceList& b) {
  return a.block_ == b.block_ || std::equal(a.begin(), a.end(), b.begin(), b.end());
}

}  // namespace gk::eval
