#pragma once
// the records of the owner's dossier page beyond the dossier itself: messages between the
// applicant and the agency (requirements P5), in-portal notifications (P13), the printouts issued
// once and kept (form 01), and the finished dossiers a completion forecast learns from.
#include <optional>
#include <string>

#include "core/time.hpp"

namespace motcua::app {

// Who wrote a message. The agency side never shows the officer's name to the applicant.
inline constexpr const char* kSideCitizen = "citizen";
inline constexpr const char* kSideAgency = "agency";

struct DossierMessage {
  long long id = 0;
  long long dossier_id = 0;
  std::string side;  // kSideCitizen | kSideAgency
  long long author_id = 0;
  std::string body;
  core::Instant created_at{};
};

// What a notification is about: a status change (or a moved due date), a new message from the
// agency, or a result file ready to download.
inline constexpr const char* kNoticeStatus = "status";
inline constexpr const char* kNoticeMessage = "message";
inline constexpr const char* kNoticeResult = "result";

struct Notification {
  long long id = 0;
  long long user_id = 0;
  long long dossier_id = 0;
  std::string dossier_code;  // filled when listed
  std::string kind;          // kNoticeStatus | kNoticeMessage | kNoticeResult
  std::string action;        // the event's action for kNoticeStatus ("receive", "approve", …)
  int status = 0;            // the dossier's status code after the event
  core::Instant created_at{};
  std::optional<core::Instant> read_at;
};

// A document drawn once and kept unchanged (form 01 at reception): the bytes live in the FileStore.
struct StoredPrintout {
  long long dossier_id = 0;
  std::string kind;  // "form_01"
  std::string sha256;
  long long size = 0;
  core::Instant created_at{};
};

// A document a unit signed (requirements §13.5): the result or a form, kept unchanged in the
// FileStore. `id` is the public verification id printed on it (/xac-thuc/<id>).
struct SignedDocument {
  std::string id;
  long long dossier_id = 0;
  std::string dossier_code;  // filled when read
  std::string kind;          // "result" | "form_01" …
  std::string sha256;
  long long size = 0;
  long long unit_id = 0;
  std::string signed_by;  // the certificate's subject: the unit
  std::optional<long long> signer_user_id;
  core::Instant signed_at{};
  std::string replaces;  // the id of the signed document this one corrects, or empty
};

// Work whose deadline comes or has passed, with who holds it: an active workflow step, or a
// dossier without a workflow (its competent unit's specialists hold it).
struct DueWork {
  long long dossier_id = 0;
  std::string dossier_code;
  int status = 0;
  std::optional<int> step_seq;  // none: the dossier's own deadline
  long long unit_id = 0;
  std::string role;  // the step's role; "specialist" for a dossier without a workflow
  std::optional<long long> assignee_id;
  core::Instant due_at{};
};

// One finished dossier of a procedure: when it was due and when it was settled (status 9).
struct FinishedSample {
  core::Instant due_at{};
  core::Instant finished_at{};
};

}  // namespace motcua::app
