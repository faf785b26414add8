#pragma once
// The personal document store (Kho quản lý dữ liệu điện tử của tổ chức, cá nhân; requirements
// §13.8): every paper a citizen filed and every result issued to them, once per content, and the
// log of who used which of them for what dossier.
#include <optional>
#include <string>
#include <vector>

#include "core/time.hpp"

namespace motcua::app {

struct PersonalDocument {
  long long id = 0;  // the file that first brought this content into the store
  std::string name;
  std::string sha256;
  std::string content_type;
  long long size = 0;
  std::string source_dossier;       // the code of the dossier it came with
  long long source_version_id = 0;  // that dossier's procedure version
  std::string component_id;
  bool result = false;  // issued by a unit as a dossier's result, not uploaded by the citizen
  core::Instant created_at{};
  std::optional<core::Instant> valid_until;  // results only, set by the use case from the version
  long long uses = 0;
};

struct DocumentUse {
  long long owner_id = 0;
  long long document_id = 0;
  std::string document_name;
  long long dossier_id = 0;  // the dossier it was used for or read for
  std::string dossier_code;  // as read back; empty while that dossier is a draft
  std::string actor;         // the account's full name
  std::string kind;          // "reuse" by the citizen, "read" by an official
  core::Instant at{};
};

class DocumentStoreRepository {
 public:
  virtual ~DocumentStoreRepository() = default;
  // Every distinct content of the owner's filed dossiers (drafts excluded), newest first.
  virtual std::vector<PersonalDocument> list_personal_documents(long long owner_id) = 0;
  virtual std::optional<PersonalDocument> find_personal_document(long long owner_id,
                                                                 long long document_id) = 0;
  virtual void insert_document_use(const DocumentUse& use) = 0;
  virtual std::vector<DocumentUse> list_document_uses(long long owner_id, int limit) = 0;
};

}  // namespace motcua::app
