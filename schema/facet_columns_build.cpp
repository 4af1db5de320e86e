// Writing the facet columns: each value stream of the index read once, in document order.
#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "database.hpp"
#include "document_codec.hpp"
#include "facet_columns.hpp"
#include "facet_columns_format.hpp"
#include "facet_values.hpp"
#include "field_types.hpp"
#include "index_layout.hpp"

namespace news::schema {
namespace {

namespace fs = std::filesystem;
using Row = FacetColumns::Row;
constexpr std::uint32_t kNone = FacetColumns::kNone;

// Strings numbered in the order first met.
class StringTable {
 public:
  std::uint32_t id(std::string_view s) {
    const auto it = m_ids.find(std::string(s));
    if (it != m_ids.end()) {
      return it->second;
    }
    const auto id = std::uint32_t(m_names.size());
    m_names.emplace_back(s);
    m_ids.emplace(m_names.back(), id);
    return id;
  }
  const std::vector<std::string>& names() const { return m_names; }

 private:
  std::unordered_map<std::string, std::uint32_t> m_ids;
  std::vector<std::string> m_names;
};

void put_u32(std::string& out, std::uint32_t v) {
  char bytes[4];
  std::memcpy(bytes, &v, 4);
  out.append(bytes, 4);
}

void put_u64(std::string& out, std::uint64_t v) {
  char bytes[8];
  std::memcpy(bytes, &v, 8);
  out.append(bytes, 8);
}

void put_strings(std::string& out, const std::vector<std::string>& names) {
  put_u32(out, std::uint32_t(names.size()));
  std::uint32_t offset = 0;
  put_u32(out, offset);
  for (const std::string& name : names) {
    offset += std::uint32_t(name.size());
    put_u32(out, offset);
  }
  for (const std::string& name : names) {
    out += name;
  }
}

// Calls f(docid, value) for every document holding a value in `slot`, in docid order.
template <typename F>
void each_value(const Xapian::Database& db, Xapian::valueno slot, F f) {
  for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
    f(*it, it.get_docid());
  }
}

struct Columns {
  std::vector<Row> rows;
  std::vector<std::uint32_t> days;  // ascending
  StringTable sources, languages, entities;
  std::uint32_t clusters = 0;
  std::vector<std::uint32_t> entity_offsets;
  std::vector<std::uint32_t> entity_ids;
};

// Days as indexes into the ascending table of the days present.
void read_days(const Xapian::Database& db, Columns& c) {
  each_value(db, slot::kDay, [&](const std::string& value, Xapian::docid did) {
    if (!year_of_day(value).empty()) {
      c.rows[did].day = std::uint32_t(std::stoul(value));
      c.days.push_back(c.rows[did].day);
    }
  });
  std::sort(c.days.begin(), c.days.end());
  c.days.erase(std::unique(c.days.begin(), c.days.end()), c.days.end());
  for (Row& row : c.rows) {
    if (row.day != kNone) {
      row.day =
          std::uint32_t(std::lower_bound(c.days.begin(), c.days.end(), row.day) - c.days.begin());
    }
  }
}

// The story of every document, as cluster_of() names it: its cluster value, else its id.
void read_clusters(const Xapian::Database& db, Columns& c) {
  StringTable clusters;
  each_value(db, slot::kCluster, [&](const std::string& value, Xapian::docid did) {
    c.rows[did].cluster = clusters.id(value);
  });
  each_value(db, slot::kId, [&](const std::string& value, Xapian::docid did) {
    if (c.rows[did].cluster == kNone) {
      c.rows[did].cluster = clusters.id(value);
    }
  });
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    if (c.rows[*it].cluster == kNone) {
      c.rows[*it].cluster = clusters.id("");
    }
  }
  c.clusters = std::uint32_t(clusters.names().size());
}

void read_entities(const Xapian::Database& db, Columns& c) {
  c.entity_offsets.assign(1, 0);  // document 0 (there is none) has no entries
  each_value(db, slot::kEntities, [&](const std::string& value, Xapian::docid did) {
    // offsets[did] is where its entries start, and where those of every document before
    // it without entities end.
    c.entity_offsets.resize(std::size_t(did) + 1, std::uint32_t(c.entity_ids.size()));
    for (std::string_view entry : entity_entries(value)) {
      c.entity_ids.push_back(c.entities.id(entry));
    }
  });
  c.entity_offsets.resize(c.rows.size() + 1, std::uint32_t(c.entity_ids.size()));
}

Columns read_columns(const Xapian::Database& db) {
  Columns c;
  c.rows.assign(std::size_t(db.get_lastdocid()) + 1, Row{kNone, kNone, kNone, kNone});
  read_days(db, c);
  read_clusters(db, c);
  each_value(db, slot::kSource, [&](const std::string& value, Xapian::docid did) {
    c.rows[did].source = c.sources.id(value);
  });
  each_value(db, slot::kLanguage, [&](const std::string& value, Xapian::docid did) {
    c.rows[did].language = c.languages.id(value);
  });
  read_entities(db, c);
  return c;
}

std::string file_text(const std::vector<Xapian::Database>& shards, const Columns& c) {
  std::string out(columns_format::kMagic);
  put_u32(out, columns_format::kByteOrder);
  put_u32(out, columns_format::kFormatVersion);
  put_u32(out, std::uint32_t(kSchemaVersion));
  put_u32(out, std::uint32_t(shards.size()));
  for (const Xapian::Database& shard : shards) {
    const std::string uuid = shard.get_uuid();
    put_u32(out, std::uint32_t(uuid.size()));
    out += uuid;
    put_u64(out, shard.get_revision());
  }
  put_u32(out, std::uint32_t(c.rows.size()));
  put_u32(out, c.clusters);
  put_u32(out, std::uint32_t(c.days.size()));
  for (std::uint32_t day : c.days) {
    put_u32(out, day);
  }
  put_strings(out, c.sources.names());
  put_strings(out, c.languages.names());
  put_strings(out, c.entities.names());
  for (const Row& row : c.rows) {
    for (std::uint32_t v : {row.day, row.cluster, row.source, row.language}) {
      put_u32(out, v);
    }
  }
  for (std::uint32_t offset : c.entity_offsets) {
    put_u32(out, offset);
  }
  put_u32(out, std::uint32_t(c.entity_ids.size()));
  for (std::uint32_t id : c.entity_ids) {
    put_u32(out, id);
  }
  return out;
}

}  // namespace

std::uintmax_t write_facet_columns(const std::string& dir) {
  std::error_code ec;
  const std::optional<std::string> generation = layout::current_generation(dir);
  if (!fs::is_directory(dir, ec) || !generation) {
    return 0;
  }
  const std::vector<Xapian::Database> shards = open_shards_for_search(dir);
  std::string text;
  try {
    Xapian::Database all;
    for (const Xapian::Database& shard : shards) {
      all.add_database(shard);
    }
    text = file_text(shards, read_columns(all));
  } catch (const Xapian::Error& e) {
    throw database_error(e, dir);
  }
  const fs::path target = facet_columns_path(fs::path(dir) / *generation);
  fs::path temp = target;
  temp += ".tmp";
  layout::write_atomically(target, temp, text, "facet-columns");
  return text.size();
}

}  // namespace news::schema
