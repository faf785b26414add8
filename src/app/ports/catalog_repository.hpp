#pragma once
// What a province publishes: its units, the procedure catalog in versions, the administrative-unit
// catalog for addresses, the working calendar and the versioned settings.
#include <optional>
#include <string>
#include <vector>

#include "app/ports/page.hpp"
#include "app/ports/records.hpp"
#include "core/admin_unit.hpp"
#include "core/calendar.hpp"
#include "core/procedure.hpp"
#include "core/unit.hpp"

namespace motcua::app {

struct ProcedureHit {
  core::Procedure procedure;  // without form and components for speed; details via find_procedure
  std::string name_highlighted;  // HTML-escaped name with <mark>…</mark> around matched words
};

class CatalogRepository {
 public:
  virtual ~CatalogRepository() = default;

  // Units and the agency tree.
  virtual long long upsert_unit(const core::Unit& unit) = 0;  // by code; returns the id
  virtual std::optional<core::Unit> find_unit(long long id) = 0;
  virtual std::optional<core::Unit> find_unit_by_code(const std::string& code) = 0;
  virtual std::vector<core::Unit> list_units() = 0;

  // Catalog. Saving a procedure whose content changed creates a new version; dossiers keep theirs.
  virtual long long save_procedure(const core::Procedure& procedure) = 0;  // returns the version id
  virtual std::optional<core::Procedure> find_procedure(const std::string& code) = 0;  // current
  virtual std::optional<core::Procedure> find_procedure_version(long long version_id) = 0;
  // The version in force on `date`: the latest saved of those effective by then (a version saved
  // with a later date waits for it).
  virtual std::optional<core::Procedure> find_procedure_in_force(const std::string& code,
                                                                 core::LocalDate date) = 0;
  virtual Page<ProcedureHit> search_procedures(const ProcedureQuery& query) = 0;
  // Every version of a procedure, the latest saved first.
  virtual std::vector<core::Procedure> list_procedure_versions(const std::string& code) = 0;
  // Every procedure's current version, in full, in code order.
  virtual std::vector<core::Procedure> list_current_procedures() = 0;
  virtual std::vector<Sector> list_sectors() = 0;

  // The administrative-unit catalog (province tier, then communes by parent code).
  virtual void upsert_admin_unit(const core::AdminUnit& unit) = 0;  // by code
  virtual std::optional<core::AdminUnit> find_admin_unit(const std::string& code) = 0;
  // The units under `parent_code`, in catalog order; the province tier for "".
  virtual std::vector<core::AdminUnit> list_admin_units(const std::string& parent_code) = 0;
  virtual void append_admin_unit_change(const core::AdminUnitChange& change) = 0;
  // A unit's changes, the latest first.
  virtual std::vector<core::AdminUnitChange> list_admin_unit_changes(const std::string& code) = 0;

  // Calendar catalog.
  virtual std::vector<core::CalendarDay> list_calendar_days() = 0;
  virtual void upsert_calendar_day(const core::CalendarDay& day) = 0;
  virtual bool delete_calendar_day(core::LocalDate date) = 0;

  // Versioned settings: the value in force at `at` for `key` (JSON text).
  virtual std::optional<std::string> setting(const std::string& key, core::Instant at) = 0;
  virtual void put_setting(const std::string& key, core::Instant effective_from,
                           const std::string& json) = 0;
};

}  // namespace motcua::app
