#include "article_heading.hpp"

#include <array>
#include <nlohmann/json.hpp>

#include "fields.hpp"

namespace news::schema {
namespace {

using nlohmann::json;

const Field& field(std::string_view name) {
  const Field* f = find_field_by_key(name);
  if (f == nullptr) {
    throw std::logic_error("schema has no field " + std::string(name));
  }
  return *f;
}

// Takes the four wanted strings of the top-level object as they stream by, and stops the
// parse (returns false) once it has them all: the body, stored after them, is not read.
class HeadingReader : public nlohmann::json_sax<json> {
 public:
  explicit HeadingReader(Article& a)
      : m_wanted{{{field("id").key, &a.id},
                  {field("title").key, &a.title},
                  {field("date").key, &m_date},
                  {field("source").key, &a.source}}} {}

  bool key(string_t& k) override {
    m_target = nullptr;
    for (std::size_t i = 0; m_depth == 1 && i < m_wanted.size(); ++i) {
      if (m_wanted[i].first == k) {
        m_target = m_wanted[i].second;
        m_target_index = int(i);
      }
    }
    return true;
  }
  bool string(string_t& s) override {
    if (m_target != nullptr && m_depth == 1) {
      *m_target = std::move(s);
      m_found |= 1U << std::size_t(m_target_index);
    }
    return scalar();
  }
  bool start_object(std::size_t) override {
    m_was_object = m_was_object || m_depth == 0;
    return open();
  }
  bool start_array(std::size_t) override { return open(); }
  bool end_object() override { return close(); }
  bool end_array() override { return close(); }
  bool null() override { return scalar(); }
  bool boolean(bool) override { return scalar(); }
  bool number_integer(number_integer_t) override { return scalar(); }
  bool number_unsigned(number_unsigned_t) override { return scalar(); }
  bool number_float(number_float_t, const string_t&) override { return scalar(); }
  bool binary(binary_t&) override { return scalar(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    m_failed = true;
    return false;
  }

  // Whether the data was a JSON object (read whole, or up to the four fields).
  bool ok() const { return !m_failed && m_was_object; }
  const std::string& date() const { return m_date; }

 private:
  bool open() {
    m_target = nullptr;
    ++m_depth;
    return true;
  }
  bool close() {
    --m_depth;
    return true;
  }
  bool scalar() {
    m_target = nullptr;
    return m_found != (1U << m_wanted.size()) - 1;
  }

  std::array<std::pair<std::string_view, std::string*>, 4> m_wanted;
  std::string m_date;
  std::string* m_target = nullptr;
  int m_target_index = 0;
  unsigned m_found = 0;  // one bit per wanted field
  int m_depth = 0;
  bool m_failed = false;
  bool m_was_object = false;
};

}  // namespace

Article decode_heading(const Xapian::Document& doc) {
  Article a;
  HeadingReader reader(a);
  const std::string data = doc.get_data();
  json::sax_parse(data, &reader);
  if (!reader.ok()) {
    Article id_only;
    id_only.id = doc.get_value(field("id").slot);
    return id_only;
  }
  a.date = parse_iso8601_stored(reader.date());
  return a;
}

}  // namespace news::schema
