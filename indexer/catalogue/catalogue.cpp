#include "catalogue.hpp"

#include <algorithm>
#include <memory>
#include <optional>
#include <set>

#include "aliases.hpp"
#include "catalogue_store.hpp"
#include "database.hpp"
#include "entity_terms.hpp"
#include "fields.hpp"
#include "link_snapshot.hpp"
#include "linker.hpp"
#include "name_fold.hpp"

namespace news::catalogue {
namespace {

using schema::kEntityFields;

// Articles relinked between two commits of the pass: Xapian holds the changes of the
// articles relinked since the last commit in memory (up to 10,000 a shard by itself).
constexpr std::size_t kRelinkedPerCommit = 2000;

// Merges `more` (in docid order) into `docs` (in docid order, without repeats).
void add_sorted(std::vector<Xapian::docid>& docs, const std::vector<Xapian::docid>& more) {
  const std::size_t middle = docs.size();
  docs.insert(docs.end(), more.begin(), more.end());
  std::inplace_merge(docs.begin(), docs.begin() + std::ptrdiff_t(middle), docs.end());
  docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
}

bool in_capitals(const std::string& name) {
  return std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Everything one run of linking needs, per entity field.
class Relinker : public Evidence {
 public:
  Relinker(Xapian::WritableDatabase& db, const DisplayNames& fresh) : m_db(db), m_display(fresh) {
    m_linkers = make_linkers(m_db, m_display);
    for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
      std::map<std::string, std::size_t> names;
      for (const auto& [folded, count] : schema::indexed_entity_names(m_db, kEntityFields[f])) {
        names[folded] = count;
      }
      m_state[f] = link_state(*m_linkers[f], names);
    }
  }

  // Articles naming a mention whose fingerprint differs from the last run's, in docid
  // order (a sorted vector: 4 bytes an article, where a set took ten times as much).
  std::vector<Xapian::docid> affected() const {
    std::vector<Xapian::docid> docs;
    for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
      const std::map<std::string, std::string> old = load_link_state(m_db, kEntityFields[f]);
      std::set<std::string> mentions;
      for (const auto& [mention, fp] : m_state[f]) {
        const auto it = old.find(mention);
        if (it == old.end() || it->second != fp) {
          mentions.insert(mention);
        }
      }
      for (const auto& [mention, fp] : old) {
        if (!m_state[f].contains(mention)) {
          mentions.insert(mention);
        }
      }
      for (const std::string& m : mentions) {
        add_sorted(docs, schema::documents_naming(m_db, kEntityFields[f], m));
      }
    }
    return docs;
  }

  // The articles of `written` (sorted) that name a mention that may link now or in `also`,
  // in docid order.
  std::vector<Xapian::docid> linkable(const std::vector<Xapian::docid>& written,
                                      const NameSets& also) const {
    std::vector<Xapian::docid> docs;
    for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
      std::set<std::string> mentions = also[f];
      for (const auto& [mention, fp] : m_state[f]) {
        mentions.insert(mention);
      }
      for (const std::string& m : mentions) {
        std::vector<Xapian::docid> naming = schema::documents_naming(m_db, kEntityFields[f], m);
        std::erase_if(naming, [&](Xapian::docid id) {
          return !std::binary_search(written.begin(), written.end(), id);
        });
        add_sorted(docs, naming);
      }
    }
    return docs;
  }

  // Recomputes one article's links; returns whether they changed. The names are read
  // from the term list; the document itself only when its links change.
  bool relink(Xapian::docid id) {
    schema::EntityNames mentions;
    try {
      mentions = schema::entity_names(m_db, id);
    } catch (const Xapian::DocNotFoundError&) {
      return false;  // written earlier in the run, then deleted
    }
    Context context;
    for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
      for (const std::string& m : mentions[f]) {
        context.insert(feature(kEntityFields[f], m));
      }
    }
    const schema::EntityNames current = schema::canonical_names(m_db, id);
    std::array<std::optional<std::vector<schema::EntityLink>>, 3> changed;
    for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
      changed[f] = relink_field(f, mentions[f], current[f], context);
    }
    if (std::none_of(changed.begin(), changed.end(), [](const auto& c) { return c.has_value(); })) {
      return false;
    }
    Xapian::Document doc = m_db.get_document(id);
    for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
      if (changed[f]) {
        schema::set_entity_links(doc, kEntityFields[f], *changed[f]);
      }
    }
    m_db.replace_document(id, doc);
    return true;
  }

  void save() {
    for (std::size_t f = 0; f < kEntityFields.size(); ++f) {
      store_display_names(m_db, kEntityFields[f], m_display[f]);
      store_link_state(m_db, kEntityFields[f], m_state[f]);
    }
  }

 private:
  static std::map<std::string, std::string> link_state(
      const Linker& linker, const std::map<std::string, std::size_t>& names) {
    std::map<std::string, std::string> state;
    for (const auto& [folded, count] : names) {
      if (linker.may_link(folded)) {
        state[folded] = linker.fingerprint(folded);
      }
    }
    return state;
  }

  // The links of one field's mentions, when they differ from the `current` canonical names.
  std::optional<std::vector<schema::EntityLink>> relink_field(
      std::size_t f, const std::vector<std::string>& mentions,
      const std::vector<std::string>& current, const Context& context) {
    std::vector<schema::EntityLink> links;
    std::set<std::string> wanted;
    for (const std::string& m : mentions) {
      m_field = f;
      const std::string canonical = m_linkers[f]->link(m, context, this);
      add_display_name(m_display[f], canonical);
      links.push_back({m, canonical});
      wanted.insert(fold_name(canonical));
    }
    if (std::set<std::string>(current.begin(), current.end()) == wanted) {
      return std::nullopt;
    }
    return links;
  }

  // The entities named by the articles of one full name, counted once per article.
  const Profile& profile(const std::string& name) override {
    const std::size_t f = m_field;
    const auto [it, fresh] = m_profiles[f].try_emplace(name);
    if (!fresh) {
      return it->second;
    }
    const std::string self = feature(kEntityFields[f], name);
    for (Xapian::docid id : schema::documents_naming(m_db, kEntityFields[f], name)) {
      const schema::EntityNames names = schema::entity_names(m_db, id);
      ++it->second.articles;
      for (std::size_t g = 0; g < kEntityFields.size(); ++g) {
        for (const std::string& other : names[g]) {
          const std::string key = feature(kEntityFields[g], other);
          it->second.features[key] += key == self ? 0 : 1;
        }
      }
    }
    return it->second;
  }

  double share(const std::string& feature) override {
    const auto [it, fresh] = m_shares.try_emplace(feature, 0.0);
    if (fresh) {
      const std::size_t f = std::string_view("POL").find(feature[0]);
      const Xapian::doccount n =
          f == std::string_view::npos
              ? 0
              : schema::entity_article_count(m_db, kEntityFields[f], feature.substr(2));
      it->second = double(std::max<Xapian::doccount>(1, n)) /
                   double(std::max<Xapian::doccount>(1, m_db.get_doccount()));
    }
    return it->second;
  }

  std::size_t together(const std::string& a, const std::string& b) override {
    const auto [it, fresh] = m_together.try_emplace({a, b}, 0);
    if (fresh) {
      it->second =
          schema::articles_naming_both(m_db, field_of(a), a.substr(2), field_of(b), b.substr(2));
    }
    return it->second;
  }

  static std::string_view field_of(const std::string& feature) {
    const std::size_t f = std::string_view("POL").find(feature[0]);
    return kEntityFields[f == std::string_view::npos ? 0 : f];
  }

  Xapian::WritableDatabase& m_db;
  std::map<std::pair<std::string, std::string>, std::size_t> m_together;
  std::size_t m_field = 0;  // the field being linked, for profile()
  std::map<std::string, double> m_shares;
  DisplayNames m_display;
  std::array<std::unique_ptr<Linker>, 3> m_linkers;
  std::array<std::map<std::string, std::string>, 3> m_state;
  std::array<std::map<std::string, Profile>, 3> m_profiles;
};

}  // namespace

void add_display_name(std::map<std::string, std::string>& names, const std::string& name) {
  const std::string folded = fold_name(name);
  const auto [it, fresh] = names.emplace(folded, name);
  if (!fresh && in_capitals(it->second) && !in_capitals(name)) {
    it->second = name;
  }
}

RelinkStats update_links(Xapian::WritableDatabase& db, const std::vector<Xapian::docid>& changed,
                         const DisplayNames& fresh, const NameSets& encoded_linkable) {
  return with_database_errors([&] {
    Relinker relinker(db, fresh);
    std::vector<Xapian::docid> docs = relinker.affected();
    {
      std::vector<Xapian::docid> written(changed);
      std::sort(written.begin(), written.end());
      add_sorted(docs, relinker.linkable(written, encoded_linkable));
    }
    RelinkStats stats;
    for (Xapian::docid id : docs) {
      ++stats.examined;
      if (relinker.relink(id) && ++stats.relinked % kRelinkedPerCommit == 0) {
        db.commit();
      }
    }
    relinker.save();
    return stats;
  });
}

void store_aliases(Xapian::WritableDatabase& db, const std::string& text) {
  parse_aliases(text);  // refuse a malformed file before anything is stored
  with_database_errors([&] {
    db.set_metadata(std::string(schema::metadata::kAliases), text);
    return 0;
  });
}

}  // namespace news::catalogue
