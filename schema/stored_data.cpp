#include "stored_data.hpp"

#include <unicode/utf8.h>

#include <nlohmann/json.hpp>

#include "article_json.hpp"
#include "fields.hpp"

namespace news::schema {
namespace {

// The first byte of the document data, so that another form is never misread.
constexpr char kFormat = 'N';

bool valid_utf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = std::int32_t(text.size());
  for (std::int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) {
      return false;
    }
  }
  return true;
}

void put_text(std::string& out, const std::string& text) {
  if (valid_utf8(text)) {
    put_varint(out, text.size());
    out += text;
    return;
  }
  // The replacement JSON made when the data was JSON: the same text back as before.
  const std::string replaced = dump_json_line(nlohmann::ordered_json(text));
  put_text(out, nlohmann::json::parse(replaced).get<std::string>());
}

// Reads from the data, never past its end.
class Reader {
 public:
  explicit Reader(std::string_view data) : m_data(data) {}

  bool varint(std::uint64_t& n) {
    std::string_view rest = m_data.substr(m_pos);
    if (!get_varint(rest, n)) {
      return false;
    }
    m_pos = m_data.size() - rest.size();
    return true;
  }

  bool text(std::string& out) {
    std::uint64_t size = 0;
    if (!varint(size) || size > m_data.size() - m_pos) {
      return false;
    }
    out.assign(m_data.substr(m_pos, size));
    m_pos += size;
    return true;
  }

  bool skip_text() {
    std::uint64_t size = 0;
    if (!varint(size) || size > m_data.size() - m_pos) {
      return false;
    }
    m_pos += size;
    return true;
  }

  bool skip_list() {
    std::uint64_t count = 0;
    if (!varint(count) || count > m_data.size() - m_pos) {
      return false;
    }
    for (std::uint64_t i = 0; i < count; ++i) {
      if (!skip_text()) {
        return false;
      }
    }
    return true;
  }

  bool list(std::vector<std::string>& out) {
    std::uint64_t count = 0;
    if (!varint(count) || count > m_data.size() - m_pos) {  // every item takes a byte
      return false;
    }
    std::vector<std::string> items(count);
    for (std::string& item : items) {
      if (!text(item)) {
        return false;
      }
    }
    out = std::move(items);
    return true;
  }

 private:
  std::string_view m_data;
  std::size_t m_pos = 0;
};

bool is_stored(const Field& f) {
  return (f.flags & kStored) != 0;
}

// Reads the stored fields in table order into `a`: those `wanted` accepts are copied, the
// others skipped by their lengths. False for data cut short or of another form.
template <typename Wanted>
bool read_stored_fields(std::string_view data, Article& a, Wanted wanted) {
  if (data.empty() || data[0] != kFormat) {
    return false;
  }
  Reader in(data.substr(1));
  for (const Field& f : kFields) {
    if (!is_stored(f)) {
      continue;
    }
    if (!wanted(f)) {
      if (!(f.shape == Shape::kList ? in.skip_list() : in.skip_text())) {
        return false;
      }
      continue;
    }
    std::string date;
    const bool read = f.shape == Shape::kList   ? in.list(a.*f.list)
                      : f.shape == Shape::kDate ? in.text(date)
                                                : in.text(a.*f.text);
    if (!read) {
      return false;
    }
    if (f.shape == Shape::kDate) {
      a.date = parse_iso8601_stored(date);
    }
  }
  return true;
}

}  // namespace

void put_varint(std::string& out, std::uint64_t n) {
  while (n >= 0x80) {
    out.push_back(char((n & 0x7f) | 0x80));
    n >>= 7;
  }
  out.push_back(char(n));
}

bool get_varint(std::string_view& in, std::uint64_t& n) {
  n = 0;
  for (std::size_t i = 0, shift = 0; i < in.size() && shift < 64; ++i, shift += 7) {
    const auto byte = static_cast<unsigned char>(in[i]);
    n |= std::uint64_t(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      in.remove_prefix(i + 1);
      return true;
    }
  }
  return false;
}

std::string encode_stored_fields(const Article& a) {
  std::string out(1, kFormat);
  for (const Field& f : kFields) {
    if (!is_stored(f)) {
      continue;
    }
    if (f.id == FieldId::kSourceFile && a.source_file == a.id) {
      put_varint(out, 0);
    } else if (f.shape == Shape::kText) {
      put_text(out, a.*f.text);
    } else if (f.shape == Shape::kList) {
      put_varint(out, (a.*f.list).size());
      for (const std::string& item : a.*f.list) {
        put_text(out, item);
      }
    } else if (f.shape == Shape::kDate) {
      put_text(out, a.date ? to_iso8601(*a.date) : std::string());
    }
  }
  return out;
}

bool decode_stored_fields(std::string_view data, Article& a) {
  if (!read_stored_fields(data, a, [](const Field&) { return true; })) {
    return false;
  }
  if (a.source_file.empty()) {
    a.source_file = a.id;
  }
  return true;
}

bool decode_stored_heading(std::string_view data, Article& a) {
  return read_stored_fields(data, a, [](const Field& f) {
    return f.id == FieldId::kId || f.id == FieldId::kTitle || f.id == FieldId::kDate ||
           f.id == FieldId::kSource;
  });
}

bool decode_stored_source(std::string_view data, Article& a) {
  if (!read_stored_fields(data, a, [](const Field& f) {
        return f.id == FieldId::kId || f.id == FieldId::kSourceFile;
      })) {
    return false;
  }
  if (a.source_file.empty()) {
    a.source_file = a.id;
  }
  return true;
}

}  // namespace news::schema
