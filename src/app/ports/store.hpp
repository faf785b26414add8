#pragma once
// The Store port. A use case runs inside one transaction: `write` for anything that changes state,
// `read` for queries. Both adapters (SQLite, PostgreSQL) implement it with the same behaviour, and
// one integration suite checks that.
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

#include "app/ports/account_repository.hpp"
#include "app/ports/catalog_repository.hpp"
#include "app/ports/declaration_repository.hpp"
#include "app/ports/document_store_repository.hpp"
#include "app/ports/dossier_repository.hpp"
#include "app/ports/feedback_repository.hpp"
#include "app/ports/integration_repository.hpp"
#include "app/ports/national_catalog_repository.hpp"
#include "app/ports/rating_repository.hpp"
#include "app/ports/reference_repository.hpp"
#include "app/ports/report_repository.hpp"
#include "app/ports/survey_repository.hpp"
#include "app/ports/tracking_repository.hpp"
#include "app/ports/usage_repository.hpp"

namespace motcua::app {

// Everything one transaction can reach, one repository per area: a use case that needs one area
// may take that interface alone, and one SQL class implements them all.
class Transaction : public CatalogRepository,
                    public AccountRepository,
                    public DossierRepository,
                    public TrackingRepository,
                    public UsageRepository,
                    public IntegrationRepository,
                    public RatingRepository,
                    public DeclarationRepository,
                    public ReportRepository,
                    public DocumentStoreRepository,
                    public FeedbackRepository,
                    public SurveyRepository,
                    public ReferenceRepository,
                    public NationalCatalogRepository {
 public:
  ~Transaction() override = default;
};

// A unique constraint was violated (e.g. a taken username).
struct StoreConflict : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// The store could not be reached or failed: a 5xx for the caller.
struct StoreUnavailable : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Store {
 public:
  virtual ~Store() = default;
  // Runs `work` in one transaction and commits; rolls back if it throws, and rethrows.
  virtual void write(const std::function<void(Transaction&)>& work) = 0;
  virtual void read(const std::function<void(Transaction&)>& work) = 0;
  // A read whose statements need not agree on one snapshot (one statement, or facts that stand
  // alone): each sees the latest committed data, and a server database skips BEGIN and COMMIT.
  virtual void glance(const std::function<void(Transaction&)>& work) { read(work); }
  // Applies the numbered migrations not yet applied; returns how many ran.
  virtual int migrate() = 0;
  virtual std::string kind() const = 0;  // "sqlite" | "postgresql"
  // Grows once a transaction that changed a user, their roles or ended a session commits through
  // this object: what a process that keeps verified sessions must then forget.
  virtual std::uint64_t account_writes() const = 0;
};

}  // namespace motcua::app
