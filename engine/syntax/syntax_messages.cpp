#include "syntax/syntax_messages.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "GongkaiLexer.h"
#include "base/unicode.h"

namespace gk::syntax {

namespace {

using L = gkgen::GongkaiLexer;

/// How one token kind is named: quoted spellings for keywords and punctuation, plain words
/// for kinds of tokens (a string, a name).
struct Spelling {
  size_t type;
  const char* en;
  const char* zh;
  bool quoted;
};

constexpr std::array kSpellings = {
    Spelling{L::PACK, "pack", "规则包", true}, Spelling{L::PART, "part", "部分", true},
    Spelling{L::SECTION, "section", "章节", true}, Spelling{L::TABLE, "table", "表", true},
    Spelling{L::LIST, "list", "列表", true}, Spelling{L::FACT, "fact", "事实", true},
    Spelling{L::RULE, "rule", "规则", true}, Spelling{L::TEST, "test", "测试", true},
    Spelling{L::USE, "use", "引用", true}, Spelling{L::DISABLE, "disable", "停用", true},
    Spelling{L::OVERRIDE, "override", "替换", true},
    Spelling{L::VERSION, "version", "版本", true}, Spelling{L::TITLE, "title", "标题", true},
    Spelling{L::HEADING, "heading", "标题", true},
    Spelling{L::TITLE_OR_HEADING, "标题", "标题", true},
    Spelling{L::APPLIES, "applies", "适用", true}, Spelling{L::KINDS, "kinds", "文档类型", true},
    Spelling{L::SCORE, "score", "评分", true}, Spelling{L::GRADES, "grades", "等级", true},
    Spelling{L::CAPTION, "caption", "表名", true}, Spelling{L::CODE, "code", "表号", true},
    Spelling{L::COLUMNS, "columns", "表头", true},
    Spelling{L::CATEGORY, "category", "类别", true},
    Spelling{L::SEVERITY, "severity", "级别", true},
    Spelling{L::WEIGHT, "weight", "权重", true}, Spelling{L::BASIS, "basis", "依据", true},
    Spelling{L::FOR, "for", "对于", true}, Spelling{L::WHERE, "where", "满足", true},
    Spelling{L::LET, "let", "令", true}, Spelling{L::WHEN, "when", "当", true},
    Spelling{L::REQUIRE, "require", "要求", true}, Spelling{L::ELSE, "else", "否则", true},
    Spelling{L::AT, "at", "位于", true},
    Spelling{L::ERROR, "error", "错误", true}, Spelling{L::WARNING, "warning", "警告", true},
    Spelling{L::INFO, "info", "提示", true}, Spelling{L::PASS, "pass", "通过", true},
    Spelling{L::FAIL, "fail", "不通过", true}, Spelling{L::NA, "na", "不适用", true},
    Spelling{L::FILE, "file", "文件", true}, Spelling{L::IN, "in", "在", true},
    Spelling{L::OR, "or", "或", true}, Spelling{L::AND, "and", "且", true},
    Spelling{L::NOT, "not", "非", true}, Spelling{L::WITHIN, "within", "容差", true},
    Spelling{L::TRUE, "true", "真", true}, Spelling{L::FALSE, "false", "假", true},
    Spelling{L::LBRACE, "{", "{", true}, Spelling{L::RBRACE, "}", "}", true},
    Spelling{L::LPAREN, "(", "(", true}, Spelling{L::RPAREN, ")", ")", true},
    Spelling{L::LBRACK, "[", "[", true}, Spelling{L::RBRACK, "]", "]", true},
    Spelling{L::COMMA, ",", ",", true}, Spelling{L::COLON, ":", ":", true},
    Spelling{L::DOT, ".", ".", true}, Spelling{L::EQ, "==", "==", true},
    Spelling{L::NE, "!=", "!=", true}, Spelling{L::LE, "<=", "<=", true},
    Spelling{L::GE, ">=", ">=", true}, Spelling{L::LT, "<", "<", true},
    Spelling{L::GT, ">", ">", true}, Spelling{L::ASSIGN, "=", "=", true},
    Spelling{L::NOT_MATCH, "!~", "!~", true}, Spelling{L::MATCH, "~", "~", true},
    Spelling{L::PLUS, "+", "+", true}, Spelling{L::MINUS, "-", "-", true},
    Spelling{L::STAR, "*", "*", true}, Spelling{L::SLASH, "/", "/", true},
    Spelling{L::NUMBER, "a number", "数字", false},
    Spelling{L::UNIT, "a unit (元, 万元, 亿元, %)", "单位（元、万元、亿元、%）", false},
    Spelling{L::STRING, "a string", "字符串", false},
    Spelling{L::UNCLOSED_STRING, "a string", "字符串", false},
    Spelling{L::IDENT, "a name", "名称", false},
    Spelling{L::RULE_ID, "a rule number (like JS-3G-01)", "规则编号（如 JS-3G-01）", false},
    Spelling{kEndOfInput, "the end of the file", "文件结尾", false},
};

/// A group of token kinds summed up by one phrase when enough of them are expected.
struct Group {
  std::vector<size_t> members;
  size_t enough;  ///< how many members must be expected for the phrase to be used
  const char* en;
  const char* zh;
};

const std::vector<Group>& groups() {
  static const std::vector<Group> kGroups = {
      {{L::PACK, L::PART, L::SECTION, L::TABLE, L::LIST, L::FACT, L::RULE, L::TEST, L::USE,
        L::DISABLE, L::OVERRIDE}, 3,
       "a declaration (rule, section, table…)", "声明（规则、章节、表……）"},
      {{L::CATEGORY, L::SEVERITY, L::WEIGHT, L::BASIS, L::FOR, L::LET, L::WHEN, L::REQUIRE}, 3,
       "a rule item (category, severity, require…)", "规则条目（类别、级别、要求……）"},
      {{L::TITLE, L::TITLE_OR_HEADING, L::APPLIES, L::KINDS, L::SCORE, L::GRADES}, 3,
       "a pack item (title, applies, score…)", "规则包条目（标题、适用、评分……）"},
      {{L::IDENT, L::NUMBER, L::STRING, L::TRUE, L::FALSE, L::LPAREN, L::LBRACK, L::MINUS,
        L::NOT}, 5, "an expression", "表达式"},
      {{L::PLUS, L::MINUS, L::STAR, L::SLASH, L::EQ, L::NE, L::LT, L::LE, L::GT, L::GE,
        L::MATCH, L::NOT_MATCH, L::AND, L::OR, L::WITHIN, L::DOT}, 3, "an operator", "运算符"},
  };
  return kGroups;
}

const Spelling* spelling_of(size_t type) {
  for (const auto& s : kSpellings) {
    if (s.type == type) return &s;
  }
  return nullptr;
}

std::string quote(std::string_view text, Language language) {
  return language == Language::Zh ? "“" + std::string(text) + "”" : "'" + std::string(text) + "'";
}

std::string describe_kind(size_t type, Language language) {
  const Spelling* s = spelling_of(type);
  if (s == nullptr) return language == Language::Zh ? "符号" : "a symbol";
  const char* word = language == Language::Zh ? s->zh : s->en;
  return s->quoted ? quote(word, language) : word;
}

/// "A、B 或 C" / "A, B or C".
std::string join_alternatives(const std::vector<std::string>& parts, Language language) {
  const bool zh = language == Language::Zh;
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? (zh ? " 或 " : " or ") : (zh ? "、" : ", ");
    out += parts[i];
  }
  return out;
}

/// Puts `text` into `parts` unless it is there already.
void add_unique(std::vector<std::string>& parts, std::string text) {
  if (std::find(parts.begin(), parts.end(), text) == parts.end()) parts.push_back(std::move(text));
}

/// Replaces the members of every group expected often enough by the group's phrase.
std::vector<std::string> summarise(std::vector<size_t>& types, Language language) {
  std::vector<std::string> phrases;
  for (const auto& group : groups()) {
    const auto expected = std::count_if(group.members.begin(), group.members.end(), [&](size_t t) {
      return std::find(types.begin(), types.end(), t) != types.end();
    });
    if (static_cast<size_t>(expected) < group.enough) continue;
    phrases.push_back(language == Language::Zh ? group.zh : group.en);
    std::erase_if(types, [&](size_t t) {
      return std::find(group.members.begin(), group.members.end(), t) != group.members.end();
    });
  }
  return phrases;
}

/// Keeps at most `limit` parts, ending with "……" / "…" when some were left out.
void shorten(std::vector<std::string>& parts, size_t limit, Language language) {
  if (parts.size() <= limit) return;
  parts.resize(limit - 1);
  parts.push_back(language == Language::Zh ? "……" : "…");
}

/// The first `limit` code points of `text`, with "…" when cut.
std::string abbreviate(std::string_view text, size_t limit) {
  size_t pos = 0;
  for (size_t n = 0; n < limit && pos < text.size(); ++n) unicode::next_code_point(text, pos);
  return pos < text.size() ? std::string(text.substr(0, pos)) + "…" : std::string(text);
}

}  // namespace

std::vector<std::string> keyword_spellings(size_t token_type) {
  const Spelling* s = spelling_of(token_type);
  // Keywords only: their spellings start with a letter (punctuation and kinds of tokens do not).
  if (s == nullptr || !s->quoted || !(std::isalpha(static_cast<unsigned char>(s->en[0])) ||
                                      static_cast<unsigned char>(s->en[0]) >= 0x80))
    return {};
  if (std::string_view(s->en) == s->zh) return {s->en};
  return {s->en, s->zh};
}

std::string unknown_word(std::string_view word, std::string_view keyword, Language language) {
  if (language == Language::Zh) {
    return "未知的词 " + quote(abbreviate(word, 16), language) + "——是不是 " + quote(keyword, language) + "？";
  }
  return "unknown word " + quote(abbreviate(word, 16), language) + " — did you mean " +
         quote(keyword, language) + "?";
}

std::string keyword_spelling(size_t token_type, Language language) {
  return describe_kind(token_type, language);
}

std::string describe_found(size_t token_type, std::string_view text, Language language) {
  const bool zh = language == Language::Zh;
  if (token_type == kEndOfInput) return zh ? "文件结尾" : "the end of the file";
  if (token_type == L::STRING || token_type == L::UNCLOSED_STRING) {
    return (zh ? "字符串 " : "the string ") + abbreviate(text, 16);
  }
  return quote(abbreviate(text, 16), language);
}

std::string end_of_expression(Language language) {
  return language == Language::Zh ? "表达式结尾" : "the end of the expression";
}

std::string describe_expected(std::vector<size_t> token_types, Language language) {
  std::sort(token_types.begin(), token_types.end());
  token_types.erase(std::unique(token_types.begin(), token_types.end()), token_types.end());
  if (token_types.size() > 1) std::erase(token_types, kEndOfInput);
  const auto has = [&](size_t t) {
    return std::find(token_types.begin(), token_types.end(), t) != token_types.end();
  };
  if (has(L::IDENT) && has(L::PACK)) return language == Language::Zh ? "字段名" : "a field name";
  // A plain word is accepted as a rule number only to report it; do not suggest it.
  if (has(L::RULE_ID)) std::erase(token_types, L::IDENT);
  std::vector<std::string> parts;
  if (token_types.size() > 4) parts = summarise(token_types, language);
  // The Chinese 标题 is the spelling of both `title` and `heading`.
  if (has(L::TITLE) || has(L::HEADING)) std::erase(token_types, L::TITLE_OR_HEADING);
  for (size_t type : token_types) add_unique(parts, describe_kind(type, language));
  shorten(parts, 5, language);
  return join_alternatives(parts, language);
}

std::string expected_but_found(const std::string& expected, const std::string& found,
                               Language language) {
  if (language == Language::Zh) return "语法错误：此处应为 " + expected + "，却是 " + found;
  return "syntax error: expected " + expected + " but found " + found;
}

std::string unexpected_token(const std::string& found, Language language) {
  if (language == Language::Zh) return "语法错误：此处不应出现 " + found;
  return "syntax error: unexpected " + found;
}

std::string unclosed_string(Language language) {
  if (language == Language::Zh) return "字符串缺少结尾的引号（字符串不能跨行）";
  return "this string has no closing quote (strings cannot span lines)";
}

std::string unknown_character(std::string_view character, Language language) {
  if (language == Language::Zh) return "无法识别的字符 " + quote(character, language);
  return "unknown character " + quote(character, language);
}

std::string duplicate_item(size_t keyword_type, bool in_rule, Language language) {
  const std::string keyword = keyword_spelling(keyword_type, language);
  if (language == Language::Zh) {
    return keyword + (in_rule ? " 在一条规则中只能出现一次" : " 在规则包中只能出现一次");
  }
  return keyword + (in_rule ? " may appear only once in a rule"
                            : " may appear only once in a pack");
}

std::string malformed_rule_number(std::string_view written, Language language) {
  if (language == Language::Zh) {
    return "规则编号 " + quote(written, language) +
           " 应由字母、数字和 “-” 组成（如 JS-3G-01），或写成字符串";
  }
  return "rule number " + quote(written, language) +
         " should be letters and digits joined by '-' (like JS-3G-01), or a string";
}

std::string unclosed_message_brace(Language language) {
  if (language == Language::Zh) return "消息中的 “{” 缺少对应的 “}”（字面的花括号请写成 “{{”）";
  return "'{' in the message has no matching '}' (write '{{' for a literal brace)";
}

std::string rule_without_require(std::string_view rule_id, Language language) {
  if (language == Language::Zh) {
    return "规则 " + std::string(rule_id) + " 缺少 “要求”：至少需要一条 “要求”";
  }
  return "rule " + std::string(rule_id) + " has no 'require': at least one is needed";
}

}  // namespace gk::syntax
