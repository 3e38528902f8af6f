#include "eval/value.h"

#include <algorithm>

namespace gk::eval {

Value Value::missing(std::string why) {
  Value v;
  v.kind = Kind::Missing;
  v.text = std::move(why);
  return v;
}

Value Value::not_there(std::string why) {
  Value v = missing(std::move(why));
  v.absent = true;
  return v;
}

Value Value::unsure(std::string why) {
  Value v = missing(std::move(why));
  v.uncertain = true;
  return v;
}

Value Value::of_bool(bool b) {
  Value v;
  v.kind = Kind::Bool;
  v.boolean = b;
  return v;
}

Value Value::of_figure(eval::Figure f, EvidenceList evidence) {
  Value v;
  v.kind = Kind::Figure;
  v.figure = std::move(f);
  v.evidence = std::move(evidence);
  return v;
}

Value Value::of_text(std::string text, EvidenceList evidence) {
  Value v;
  v.kind = Kind::Text;
  v.text = std::move(text);
  v.evidence = std::move(evidence);
  return v;
}

Value Value::list(std::vector<Value> items) {
  Value v;
  v.kind = Kind::List;
  v.items = std::move(items);
  return v;
}

Value Value::of_ids(Kind kind, std::vector<uint32_t> ids) {
  Value v;
  v.kind = kind;
  v.ids = std::move(ids);
  return v;
}

}  // namespace gk::eval
