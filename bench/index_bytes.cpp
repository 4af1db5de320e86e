// Where the bytes of a Xapian database go: by term prefix, by value slot and document data.
//
//   index_bytes DB WORK_DIR
//
// Each part is copied alone into a database of its own under WORK_DIR (every document of
// DB, same document ids, holding only that part: the terms of one prefix with their wdf and
// positions, or one value slot, or the document data), which is then compacted as
// `xapian-compact` would; its table sizes, less those of a database of the same documents
// holding nothing (the "documents" row: document lengths and termlist headers), are the
// part's bytes. Parts are measured as Xapian stores them (B-tree keys, chunk headers, zlib on
// termlists and document data), not estimated. Prefixes are the schema's (longest match);
// a term of another indexer (omindex) is grouped by its run of leading capitals. "Z" terms
// (stemmed) are grouped as "Z" + the prefix of what follows. Prints a Markdown table (MB =
// 10^6 bytes) and the compacted DB's own table sizes. WORK_DIR is emptied first.
#include <xapian.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "fields.hpp"

namespace fs = std::filesystem;
namespace schema = news::schema;

namespace {

constexpr const char* kTables[] = {"postlist", "position", "termlist", "docdata"};
constexpr std::size_t kTableCount = 4;

// One part of the database and the counts found while copying it.
struct Part {
  std::unique_ptr<Xapian::WritableDatabase> db;
  Xapian::Document doc;  // the part of the document being copied
  unsigned long long terms = 0, postings = 0, positions = 0, bytes = 0;
  double mb[kTableCount] = {};
};

std::vector<std::string> known_prefixes() {
  std::vector<std::string> out;
  for (const schema::Field& f : schema::kFields) {
    for (std::string_view p : {f.prefix, f.exact_prefix, f.canonical_prefix, f.linked_prefix}) {
      if (!p.empty()) {
        out.emplace_back(p);
      }
    }
  }
  return out;
}

std::string prefix_of(std::string_view term) {
  static const std::vector<std::string> known = known_prefixes();
  if (!term.empty() && term[0] == 'Z') {
    std::string stemmed(1, 'Z');
    stemmed += prefix_of(term.substr(1));
    return stemmed;
  }
  std::string best;
  for (const std::string& p : known) {
    if (term.starts_with(p) && p.size() > best.size()) {
      best = p;
    }
  }
  if (best.empty()) {
    std::size_t n = 0;
    while (n < term.size() && term[n] >= 'A' && term[n] <= 'Z') {
      ++n;
    }
    best = std::string(term.substr(0, n));
  }
  return best.empty() ? "(words)" : best;
}

std::string value_part(Xapian::valueno slot) {
  return "value " + std::to_string(slot);
}

double table_mb(const fs::path& dir, const char* table) {
  std::error_code ec;
  const auto size = fs::file_size(dir / (std::string(table) + ".glass"), ec);
  return ec ? 0.0 : double(size) / 1e6;
}

class Attribution {
 public:
  Attribution(fs::path work, const Xapian::Database& db) : m_work(std::move(work)), m_db(db) {
    add_part("documents");
    add_part("document data");
    for (auto t = db.allterms_begin(); t != db.allterms_end(); ++t) {
      ++add_part(prefix_of(*t)).terms;
    }
    for (Xapian::valueno slot = 0; slot < 256; ++slot) {
      if (db.get_value_freq(slot) > 0) {
        add_part(value_part(slot));
      }
    }
  }

  // Every document of the database into every part (the part of it the part holds).
  void copy() {
    for (auto it = m_db.postlist_begin(""); it != m_db.postlist_end(""); ++it) {
      const Xapian::Document doc = m_db.get_document(*it);
      copy_terms(doc);
      for (auto v = doc.values_begin(); v != doc.values_end(); ++v) {
        Part& p = m_parts.at(value_part(v.get_valueno()));
        p.doc.add_value(v.get_valueno(), *v);
        p.postings += 1;
        p.bytes += (*v).size();
      }
      Part& data = m_parts.at("document data");
      data.doc.set_data(doc.get_data());
      data.bytes += doc.get_data().size();
      for (auto& [name, p] : m_parts) {
        p.db->replace_document(*it, p.doc);
        p.doc = Xapian::Document();
      }
    }
  }

  void measure() {
    for (auto& [name, p] : m_parts) {
      p.db->commit();
      const fs::path dir = m_work / (m_dirs.at(name) + "-compact");
      p.db->compact(dir.string());
      p.db.reset();
      for (std::size_t t = 0; t < kTableCount; ++t) {
        p.mb[t] = table_mb(dir, kTables[t]);
      }
    }
  }

  void print() const;

 private:
  Part& add_part(const std::string& name) {
    auto it = m_parts.find(name);
    if (it == m_parts.end()) {
      m_dirs[name] = std::to_string(m_dirs.size());
      it = m_parts.emplace(name, Part{}).first;
      it->second.db = std::make_unique<Xapian::WritableDatabase>((m_work / m_dirs[name]).string(),
                                                                 Xapian::DB_CREATE_OR_OVERWRITE);
    }
    return it->second;
  }

  void copy_terms(const Xapian::Document& doc) {
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      const std::string term = *t;
      Part& p = m_parts.at(prefix_of(term));
      for (auto pos = t.positionlist_begin(); pos != t.positionlist_end(); ++pos) {
        p.doc.add_posting(term, *pos, 0);
        ++p.positions;
      }
      p.doc.add_term(term, t.get_wdf());
      p.postings += 1;
      p.bytes += term.size();
    }
  }

  fs::path m_work;
  const Xapian::Database& m_db;
  std::map<std::string, Part> m_parts;
  std::map<std::string, std::string> m_dirs;
};

void Attribution::print() const {
  const Part& base = m_parts.at("documents");
  auto mb = [&](const Part& p, std::size_t t) {
    return &p == &base ? p.mb[t] : std::max(0.0, p.mb[t] - base.mb[t]);
  };
  auto total = [&](const Part& p) {
    double sum = 0;
    for (std::size_t t = 0; t < kTableCount; ++t) {
      sum += mb(p, t);
    }
    return sum;
  };
  std::vector<std::pair<std::string, const Part*>> rows;
  for (const auto& [name, p] : m_parts) {
    rows.emplace_back(name, &p);
  }
  std::sort(rows.begin(), rows.end(),
            [&](const auto& a, const auto& b) { return total(*a.second) > total(*b.second); });
  std::printf(
      "| part | terms | postings / values | positions | raw MB | postlist | position |"
      " termlist | docdata | total MB |\n|---|---|---|---|---|---|---|---|---|---|\n");
  for (const auto& [name, p] : rows) {
    std::printf("| %s | %llu | %llu | %llu | %.2f", name.c_str(), p->terms, p->postings,
                p->positions, double(p->bytes) / 1e6);
    for (std::size_t t = 0; t < kTableCount; ++t) {
      std::printf(" | %.2f", mb(*p, t));
    }
    std::printf(" | %.2f |\n", total(*p));
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: index_bytes DB WORK_DIR\n";
    return 2;
  }
  try {
    const fs::path work = argv[2];
    fs::remove_all(work);
    fs::create_directories(work);
    Xapian::Database db(argv[1]);
    db.compact((work / "whole").string());
    std::printf("Compacted database (MB):");
    for (const char* t : kTables) {
      std::printf(" %s %.2f;", t, table_mb(work / "whole", t));
    }
    std::printf(" spelling %.2f\n\n", table_mb(work / "whole", "spelling"));
    Attribution parts(work, db);
    parts.copy();
    parts.measure();
    parts.print();
  } catch (const std::exception& e) {
    std::cerr << "index_bytes: " << e.what() << "\n";
    return 1;
  } catch (const Xapian::Error& e) {
    std::cerr << "index_bytes: " << e.get_description() << "\n";
    return 1;
  }
  return 0;
}
