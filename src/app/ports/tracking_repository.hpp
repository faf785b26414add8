#pragma once
// What the applicant follows a dossier by: messages with the agency, notifications, printouts kept
// as issued, and settled dossiers for the completion forecast.
#include <optional>
#include <string>
#include <vector>

#include "app/ports/page.hpp"
#include "app/ports/tracking_records.hpp"
#include "core/time.hpp"

namespace motcua::app {

class TrackingRepository {
 public:
  virtual ~TrackingRepository() = default;

  // Messages (P5), notifications, printouts kept as issued, and finished dossiers of a
  // procedure for the completion forecast (transaction_tracking.cpp).
  virtual long long insert_message(const DossierMessage& message) = 0;
  virtual std::vector<DossierMessage> list_messages(long long dossier_id) = 0;  // oldest first
  virtual long long insert_notification(const Notification& notification) = 0;
  virtual Page<Notification> list_notifications(long long user_id, int page, int per_page) = 0;
  // How many of the user's notifications are unread, counted no further than `at_most`.
  virtual long long count_unread_notifications(long long user_id, long long at_most) = 0;
  // Marks the user's unread notifications up to `up_to_id` read; returns how many changed.
  virtual long long mark_notifications_read(long long user_id, long long up_to_id,
                                            core::Instant at) = 0;
  virtual void insert_printout(const StoredPrintout& printout) = 0;  // once per dossier and kind
  virtual std::optional<StoredPrintout> find_printout(long long dossier_id,
                                                      const std::string& kind) = 0;
  virtual void insert_signed_document(const SignedDocument& document) = 0;
  virtual std::optional<SignedDocument> find_signed_document(const std::string& id) = 0;
  // The latest document signed with these exact bytes.
  virtual std::optional<SignedDocument> find_signed_document_by_sha256(
      const std::string& sha256) = 0;
  virtual std::vector<SignedDocument> list_signed_documents(
      long long dossier_id) = 0;  // oldest first
  // Open work due in [from, before) not yet reminded of as `kind` ("due_soon" | "overdue"),
  // earliest first, at most `limit`.
  virtual std::vector<DueWork> list_due_work(const std::string& kind,
                                             std::optional<core::Instant> from,
                                             core::Instant before, int limit) = 0;
  // Records that `kind` was sent for the dossier's `subject` ("dossier" | "step:<seq>"); false
  // when another run (or node) already did.
  virtual bool claim_reminder(long long dossier_id, const std::string& subject,
                              const std::string& kind, core::Instant at) = 0;
  // The latest `limit` dossiers of `procedure_code` settled (status 9 reached), newest first.
  virtual std::vector<FinishedSample> list_finished_samples(const std::string& procedure_code,
                                                            int limit) = 0;
};

}  // namespace motcua::app
