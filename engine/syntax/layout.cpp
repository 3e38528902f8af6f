#include "syntax/layout.h"

#include <algorithm>

#include "base/unicode.h"

namespace gk::layout {

Doc Doc::text(std::string text) {
  Doc d(Kind::Text);
  d.width_ = static_cast<int>(unicode::display_width(text));
  d.text_ = std::move(text);
  return d;
}

Doc Doc::line(std::string flat) {
  Doc d(Kind::Line);
  d.width_ = static_cast<int>(unicode::display_width(flat));
  d.text_ = std::move(flat);
  return d;
}

Doc Doc::hard_line() { return Doc(Kind::HardLine); }
Doc Doc::blank_line() { return Doc(Kind::BlankLine); }

Doc Doc::comment(std::string text) {
  Doc d(Kind::Comment);
  d.text_ = std::move(text);
  return d;
}

Doc Doc::concat(std::vector<Doc> parts) {
  Doc d(Kind::Concat);
  d.parts_ = std::move(parts);
  return d;
}

Doc Doc::group(Doc content) {
  Doc d(Kind::Group);
  d.parts_.push_back(std::move(content));
  return d;
}

Doc Doc::align(Doc content) {
  Doc d(Kind::Align);
  d.parts_.push_back(std::move(content));
  return d;
}

Doc Doc::nest(int columns, Doc content) {
  Doc d(Kind::Nest);
  d.columns_ = columns;
  d.parts_.push_back(std::move(content));
  return d;
}

Doc Doc::fill(std::vector<Doc> parts) {
  Doc d(Kind::Fill);
  d.parts_ = std::move(parts);
  return d;
}

Doc& Doc::operator+=(Doc part) {
  if (kind_ != Kind::Concat) *this = concat({std::move(*this)});
  parts_.push_back(std::move(part));
  return *this;
}

namespace {

enum class Mode { Flat, Break };

/// One piece of work: print `doc` (from part `from` on, for a Fill) at `indent` in `mode`.
struct Command {
  int indent;
  Mode mode;
  const Doc* doc;
  size_t from = 0;
};

struct OutputLine {
  std::string code;     ///< indentation and text
  std::string comment;  ///< a trailing comment, or empty
};

class Printer {
 public:
  explicit Printer(int width) : width_(width) {}

  std::string run(const Doc& doc) {
    stack_.push_back({0, Mode::Break, &doc});
    while (!stack_.empty()) {
      const Command c = stack_.back();
      stack_.pop_back();
      step(c);
    }
    end_line();
    return render();
  }

 private:
  void step(const Command& c) {
    const Doc& d = *c.doc;
    switch (d.kind()) {
      case Doc::Kind::Text: append(d.string(), d.width(), c.indent); break;
      case Doc::Kind::Line:
        if (c.mode == Mode::Flat) append(d.string(), d.width(), c.indent);
        else new_line(c.indent);
        break;
      case Doc::Kind::HardLine: new_line(c.indent); break;
      case Doc::Kind::BlankLine:
        end_line();
        lines_.push_back({});
        start(c.indent);
        break;
      case Doc::Kind::Comment: comment_ = d.string(); break;
      case Doc::Kind::Concat: push_parts(d, c.indent, c.mode); break;
      case Doc::Kind::Group: {
        const Command flat{c.indent, Mode::Flat, &d.parts()[0]};
        const bool one_line = c.mode == Mode::Flat || fits(flat, width_ - column_, true);
        push_parts(d, c.indent, one_line ? Mode::Flat : Mode::Break);
        break;
      }
      case Doc::Kind::Align: push_parts(d, column_, c.mode); break;
      case Doc::Kind::Nest: push_parts(d, c.indent + d.columns(), c.mode); break;
      case Doc::Kind::Fill: fill(c); break;
    }
  }

  void push_parts(const Doc& d, int indent, Mode mode) {
    for (auto it = d.parts().rbegin(); it != d.parts().rend(); ++it) stack_.push_back({indent, mode, &*it});
  }

  /// Lays out the parts of a Fill from c.from on: the content, then the separator broken
  /// unless the next content fits after it.
  void fill(const Command& c) {
    const auto& parts = c.doc->parts();
    if (c.from >= parts.size()) return;
    const Doc& content = parts[c.from];
    const Mode content_mode = c.mode == Mode::Flat || fits({c.indent, Mode::Flat, &content}, width_ - column_, false)
                                  ? Mode::Flat
                                  : Mode::Break;
    if (c.from + 2 < parts.size()) {
      const Doc pair = Doc::concat({content, parts[c.from + 1], parts[c.from + 2]});
      const bool last = c.from + 3 >= parts.size();
      const bool together = c.mode == Mode::Flat || fits({c.indent, Mode::Flat, &pair}, width_ - column_, last);
      stack_.push_back({c.indent, c.mode, c.doc, c.from + 2});
      stack_.push_back({c.indent, together ? Mode::Flat : Mode::Break, &parts[c.from + 1]});
    }
    stack_.push_back({c.indent, content_mode, &content});
  }

  /// Whether `first` printed flat fits in `room` columns; with `with_rest`, what follows it
  /// on the same line (the commands waiting on the stack) must fit too. A trailing comment
  /// ends the line: it fits when nothing of `first` comes after it.
  bool fits(const Command& first, int room, bool with_rest) const {
    if (!comment_.empty()) return false;  // a trailing comment is waiting: the line is over
    std::vector<Command> work{first};
    size_t rest = stack_.size();
    bool line_over = false;
    while (room >= 0) {
      if (work.empty()) {
        if (line_over || !with_rest || rest == 0) return true;
        work.push_back(stack_[--rest]);
      }
      const Command c = work.back();
      work.pop_back();
      const Doc& d = *c.doc;
      const bool measured = c.mode == Mode::Flat;  // part of `first`, or flat already
      switch (d.kind()) {
        case Doc::Kind::Text:
          if (line_over) return d.width() == 0;
          room -= d.width();
          break;
        case Doc::Kind::Line:
          if (!measured) return true;
          if (line_over && d.width() > 0) return false;
          room -= d.width();
          break;
        case Doc::Kind::HardLine:
        case Doc::Kind::BlankLine: return !measured;
        case Doc::Kind::Comment:
          if (!measured) return true;
          line_over = true;
          break;
        case Doc::Kind::Fill:
          for (size_t i = d.parts().size(); i-- > c.from;) work.push_back({c.indent, c.mode, &d.parts()[i]});
          break;
        default:
          for (auto it = d.parts().rbegin(); it != d.parts().rend(); ++it) work.push_back({c.indent, c.mode, &*it});
      }
    }
    return false;
  }

  void start(int indent) {
    indent_ = indent;
    column_ = indent;
  }

  void append(const std::string& text, int width, int indent) {
    if (!comment_.empty()) new_line(indent);  // nothing may follow a trailing comment
    if (code_.empty()) {
      if (text.find_first_not_of(' ') == std::string::npos) return;  // no spaces at line start
      code_.assign(static_cast<size_t>(indent_), ' ');
    }
    code_ += text;
    column_ += width;
  }

  /// Ends the current line unless it is empty, and starts the next at `indent`.
  void new_line(int indent) {
    end_line();
    start(indent);
  }

  void end_line() {
    code_.erase(code_.find_last_not_of(' ') + 1);  // no spaces at the end of a line
    if (code_.empty() && comment_.empty()) return;
    lines_.push_back({std::move(code_), std::move(comment_)});
    code_.clear();
    comment_.clear();
  }

  /// The lines, with the trailing comments of consecutive lines in one column, two columns
  /// after the longest of those lines.
  std::string render() const {
    std::string out;
    for (size_t i = 0; i < lines_.size();) {
      size_t end = i;
      size_t column = 0;
      while (end < lines_.size() && !lines_[end].comment.empty()) {
        column = std::max(column, unicode::display_width(lines_[end].code));
        ++end;
      }
      if (end == i) {
        out += lines_[i++].code;
        out += '\n';
        continue;
      }
      for (; i < end; ++i) {
        const auto& l = lines_[i];
        out += l.code;
        out.append(column + 2 - unicode::display_width(l.code), ' ');
        out += l.comment;
        out += '\n';
      }
    }
    return out;
  }

  int width_;
  std::vector<Command> stack_;
  std::vector<OutputLine> lines_;
  std::string code_;
  std::string comment_;
  int indent_ = 0;
  int column_ = 0;
};

}  // namespace

std::string print(const Doc& doc, int width) { return Printer(width).run(doc); }

}  // namespace gk::layout
