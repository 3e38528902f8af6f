#include "eval/evidence.h"

#include <algorithm>
#include <memory>
#include <new>
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

EvidenceList::EvidenceList(std::initializer_list<Evidence> items) {
  if (items.size() == 0) return;
  block_ = allocate(static_cast<uint32_t>(items.size()));
  for (const Evidence& e : items) new (block_->items() + block_->size++) Evidence(e);
}

EvidenceList::EvidenceList(Evidence single) : block_(allocate(1)) {
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
  Block* grown = allocate(static_cast<uint32_t>(capacity));
  if (block_) {
    Evidence* from = block_->items();
    for (uint32_t i = 0; i < block_->size; ++i, ++grown->size) {
      if (shared) new (grown->items() + i) Evidence(from[i]);
      else new (grown->items() + i) Evidence(std::move(from[i]));
    }
  }
  release();
  block_ = grown;
}

void EvidenceList::push_back(Evidence e) {
  reserve_unshared(size() + 1);
  new (block_->items() + block_->size) Evidence(std::move(e));
  ++block_->size;
}

void EvidenceList::append(const EvidenceList& more) {
  if (more.empty()) return;
  if (empty()) {
    *this = more;
    return;
  }
  const EvidenceList kept = more;  // `more` may be this list
  reserve_unshared(size() + kept.size());
  for (const Evidence& e : kept) new (block_->items() + block_->size++) Evidence(e);
}

void EvidenceList::add_missing(const EvidenceList& more) {
  if (more.empty() || more.block_ == block_) return;
  // Most often this list is empty and `more` holds one item: share it.
  if (empty() && more.size() == 1) {
    *this = more;
    return;
  }
  for (const Evidence& e : more)
    if (std::find(begin(), end(), e) == end()) push_back(e);
}

bool operator==(const EvidenceList& a, const EvidenceList& b) {
  return a.block_ == b.block_ || std::equal(a.begin(), a.end(), b.begin(), b.end());
}

}  // namespace gk::eval
