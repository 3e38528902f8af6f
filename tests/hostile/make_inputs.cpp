// Writes the large hostile inputs of the `hostile` tests into a directory (they are made at
// test time, never committed): a 100 MiB document, a sparse file over the 256 MiB limit, a
// line over the 1 MiB limit, 10,000 nested headings, a table of 100,000 rows (with TABs and
// aligned with spaces), a rule file
// nested 10,000 brackets deep, and a catastrophic pattern with a document to run it on.
//
//   gongkai_make_hostile_inputs OUT_DIR SEED_DOCUMENT
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void write(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::string repeat(const std::string& piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

/// The seed document repeated until the text reaches 100 MiB.
void big_document(const fs::path& out, const std::string& seed) {
  constexpr size_t kSize = size_t{100} << 20;
  std::ofstream file(out, std::ios::binary);
  for (size_t written = 0; written < kSize; written += seed.size() + 1) file << seed << '\n';
}

/// A sparse file one byte over 256 MiB: rejected from its size before anything is read.
void oversized_file(const fs::path& out) {
  { std::ofstream create(out, std::ios::binary); }
  fs::resize_file(out, (size_t{256} << 20) + 1);
}

/// 10,000 headings, each nested in the one before within runs of the five numbering
/// styles (第N部分 > 一、 > （一） > 1. > （1）), each with a sentence under it.
void nested_headings(const fs::path& out) {
  const char* cn[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  std::string text = "某部门2024年度部门决算\n\n";
  for (int run = 0; run < 2000; ++run) {
    const std::string n = cn[run % 10];
    text += "第" + std::to_string(run + 1) + "部分 概况\n\n";
    text += n + "、部门职责\n\n";
    text += "（" + n + "）机构设置\n\n";
    text += std::to_string(run % 9 + 1) + ".内设机构\n\n";
    text += "（" + std::to_string(run % 9 + 1) + "）人员情况\n\n本部门编制" +
            std::to_string(run) + "人。\n\n";
  }
  write(out, text);
}

/// One table of 100,000 tab-separated rows under its code, title and unit.
void big_table(const fs::path& out) {
  std::string text = "某部门2024年度部门决算\n\n第二部分 部门决算表\n\n公开01表\n收入支出决算总表\n"
                     "单位：万元\n项目\t行次\t金额\n栏次\t\t1\n";
  for (int row = 1; row <= 100000; ++row) {
    text += "收入项目" + std::to_string(row) + "\t" + std::to_string(row) + "\t" +
            std::to_string(row % 1000) + "." + std::to_string(row % 100) + "\n";
  }
  text += "合计\t100001\t12345.67\n";
  write(out, text);
}

/// The same table as a PDF converter writes it, without TABs: 100,000 space-aligned rows with
/// 类/款/项 codes, a figure of each row half a line above it.
void big_plain_table(const fs::path& out) {
  std::string text = "某部门2024年度部门决算\n\n第二部分 部门决算表\n\n            支出决算表\n"
                     "                                        单位：万元\n"
                     "  科目编码      科目名称        本年支出合计     基本支出     项目支出\n";
  for (int row = 1; row <= 100000; ++row) {
    const std::string amount = std::to_string(row % 1000) + "." + std::to_string(10 + row % 90);
    text += "                                             " + amount + "\n";
    text += "201   06   " + std::to_string(10 + row % 90) + "   支出项目" + std::to_string(row) + "      " + amount +
            "\n";
  }
  text += "                合计            12345.67     12345.67\n";
  write(out, text);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: gongkai_make_hostile_inputs OUT_DIR SEED_DOCUMENT\n";
    return 2;
  }
  const fs::path dir = argv[1];
  fs::create_directories(dir);
  big_document(dir / "big-100mb.txt", read(argv[2]));
  oversized_file(dir / "over-256mb.txt");
  write(dir / "long-line.txt", "部门决算\n" + repeat("长", (size_t{1} << 20) / 3 + 1) + "\n");
  nested_headings(dir / "nested-headings.txt");
  big_table(dir / "table-100k-rows.txt");
  big_plain_table(dir / "plain-table-100k-rows.txt");
  write(dir / "deep-brackets.gk",
        "rule X-1 \"深\" {\n  require " + repeat("(", 10000) + "1 == 1" + repeat(")", 10000) + "\n}\n");
  write(dir / "catastrophic.gk",
        "rule R-1 \"灾难性的模式\" {\n  for s in sentences(doc)\n  require not (s ~ \"(a+)+$\")\n}\n"
        "rule R-2 \"正常的规则\" {\n  require count(sentences(doc)) > 0\n}\n");
  write(dir / "many-a.txt", "部门决算\n" + repeat(repeat("a", 5000) + "!。\n", 2000));
  return 0;
}
