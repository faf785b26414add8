#pragma once
// The personal document store (Kho dữ liệu cá nhân; requirements §4 P7, §13.8): the citizen sees
// every paper they filed and every result issued to them, and who used which; an official may read
// the store of a dossier's applicant only for a dossier they may see, and each reading is logged
// for the citizen to see.
#include <string>
#include <vector>

#include "app/accounts.hpp"
#include "app/services.hpp"

namespace motcua::app {

struct DocumentContent {
  PersonalDocument document;
  std::string bytes;
};

inline constexpr int kDocumentUsesShown = 200;

// Sets each result's valid_until from its procedure version's validity (core/document_validity).
void add_validity(Transaction& tx, std::vector<PersonalDocument>& documents);
// The document with its validity; invalid_input (field "document_id") once it has expired.
PersonalDocument valid_document(Transaction& tx, const PersonalDocument& document,
                                core::Instant now);

class PersonalDocuments {
 public:
  explicit PersonalDocuments(Services& services) : services_(services) {}

  // The caller's own store (citizens and businesses; forbidden for officials).
  std::vector<PersonalDocument> mine(const Principal& who);
  // Those of mine() still valid: what a new dossier may reuse.
  std::vector<PersonalDocument> reusable(const Principal& who);
  // Who used the caller's documents, newest first.
  std::vector<DocumentUse> uses(const Principal& who);
  // The store of the applicant of dossier `code`, for an official who may see the dossier
  // (not_found otherwise; forbidden for applicants).
  std::vector<PersonalDocument> of_applicant(const Principal& who, const std::string& code);
  // One document of that store, its reading logged.
  DocumentContent read_for_dossier(const Principal& who, const std::string& code,
                                   long long document_id);

 private:
  core::Dossier official_view(Transaction& tx, const Principal& who, const std::string& code);
  Services& services_;
};

}  // namespace motcua::app
