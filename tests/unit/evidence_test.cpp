// Tests for eval/evidence: a list shared by copies is never changed through another copy;
// add_missing keeps order and drops what is already held (also within the added list);
// append keeps everything; lists compare by their items; a list can be handed to another
// thread.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "eval/evidence.h"

using gk::Span;
using gk::eval::Evidence;
using gk::eval::EvidenceList;

namespace {

Evidence at(uint32_t begin, std::string label = "一个比短字符串缓冲区更长的标签") {
  return Evidence{Span{begin, begin + 1}, std::move(label), "1.5", "万元"};
}

std::vector<uint32_t> begins(const EvidenceList& list) {
  std::vector<uint32_t> out;
  for (const Evidence& e : list) out.push_back(e.span.begin);
  return out;
}

}  // namespace

TEST_CASE("evidence: an empty list, one item, several") {
  const EvidenceList none;
  CHECK(none.empty());
  CHECK(none.size() == 0);
  CHECK(none.begin() == none.end());
  const EvidenceList one = at(7);
  REQUIRE(one.size() == 1);
  CHECK(one.front().span.begin == 7);
  CHECK(one[0].label == "一个比短字符串缓冲区更长的标签");
  const EvidenceList three{at(1), at(2), at(3)};
  CHECK(begins(three) == std::vector<uint32_t>{1, 2, 3});
}

TEST_CASE("evidence: a change to a copy leaves the original as it was") {
  EvidenceList original{at(1), at(2)};
  EvidenceList copy = original;
  CHECK(copy.begin() == original.begin());  // shared, not copied
  copy.push_back(at(3));
  CHECK(begins(original) == std::vector<uint32_t>{1, 2});
  CHECK(begins(copy) == std::vector<uint32_t>{1, 2, 3});
  EvidenceList other = original;
  other.add_missing(EvidenceList{at(9)});
  other.append(EvidenceList{at(1)});
  CHECK(begins(original) == std::vector<uint32_t>{1, 2});
  CHECK(begins(other) == std::vector<uint32_t>{1, 2, 9, 1});
  // An unshared list grows in place and keeps its items.
  EvidenceList alone;
  for (uint32_t i = 0; i < 100; ++i) alone.push_back(at(i));
  REQUIRE(alone.size() == 100);
  CHECK(alone[99].span.begin == 99);
  CHECK(alone[0].label == "一个比短字符串缓冲区更长的标签");
}

TEST_CASE("evidence: add_missing keeps order and adds nothing twice") {
  EvidenceList list{at(1), at(2)};
  list.add_missing(EvidenceList{at(2), at(3), at(3), at(1), at(4)});
  CHECK(begins(list) == std::vector<uint32_t>{1, 2, 3, 4});
  // Into an empty list: duplicates within the added list are dropped too.
  EvidenceList empty;
  empty.add_missing(EvidenceList{at(5), at(5), at(6)});
  CHECK(begins(empty) == std::vector<uint32_t>{5, 6});
  // A list add_missing made repeats nothing: added to an empty list, it is shared as it is.
  EvidenceList shared;
  shared.add_missing(list);
  CHECK(shared.begin() == list.begin());
  // The same place with another label is another item.
  EvidenceList labelled{at(1, "收入合计")};
  labelled.add_missing(EvidenceList{at(1, "支出合计")});
  CHECK(labelled.size() == 2);
  // A list added to itself, or to a copy of itself, changes nothing.
  list.add_missing(list);
  EvidenceList copy = list;
  list.add_missing(copy);
  CHECK(begins(list) == std::vector<uint32_t>{1, 2, 3, 4});
}

TEST_CASE("evidence: append keeps every item, also a list appended to itself") {
  EvidenceList list{at(1), at(2)};
  list.append(EvidenceList{at(2)});
  CHECK(begins(list) == std::vector<uint32_t>{1, 2, 2});
  list.append(list);
  CHECK(begins(list) == std::vector<uint32_t>{1, 2, 2, 1, 2, 2});
  EvidenceList empty;
  empty.append(list);
  CHECK(empty == list);
}

TEST_CASE("evidence: lists compare by their items") {
  CHECK(EvidenceList{at(1), at(2)} == EvidenceList{at(1), at(2)});
  CHECK_FALSE(EvidenceList{at(1), at(2)} == EvidenceList{at(2), at(1)});
  CHECK_FALSE(EvidenceList{at(1)} == EvidenceList{at(1), at(1)});
  CHECK(EvidenceList() == EvidenceList{});
}

TEST_CASE("evidence: a list handed to another thread is used and dropped there") {
  EvidenceList list{at(1), at(2)};
  EvidenceList copy = list;
  std::thread other([moved = std::move(copy)]() mutable {
    EvidenceList again = moved;
    again.push_back(at(3));
    CHECK(begins(again) == std::vector<uint32_t>{1, 2, 3});
  });
  other.join();
  list.push_back(at(4));  // the only owner again: grows in place
  CHECK(begins(list) == std::vector<uint32_t>{1, 2, 4});
}
