#pragma once
// The procedure model of a national procedure record (CSDLQG TTHC, requirements §9.2).
#include <optional>
#include <string>
#include <vector>

#include "core/time.hpp"
#include "core/workflow.hpp"

namespace motcua::core {

// Decree 42/2022: full online, partial online, or information / counter only.
enum class ServiceLevel { toan_trinh, mot_phan, truc_tiep };
std::string_view service_level_name(ServiceLevel level);
std::optional<ServiceLevel> parse_service_level(std::string_view name);

enum class Audience { citizen, business, both };
std::string_view audience_name(Audience audience);
std::optional<Audience> parse_audience(std::string_view name);

struct Component {  // thành phần hồ sơ
  std::string id;   // stable within the procedure, e.g. "to-khai"
  std::string name;
  bool required = true;
  int originals = 1;
  int copies = 0;
  std::string note;
};

enum class FieldType {
  text,
  textarea,
  number,
  date,
  select,
  radio,
  checkbox,
  email,
  phone,
  citizen_id,
  address,
  rows,
  file
};
std::string_view field_type_name(FieldType type);
std::optional<FieldType> parse_field_type(std::string_view name);

struct FieldOption {
  std::string value;
  std::string label;
};

struct FormField {
  std::string name;
  std::string label;
  FieldType type = FieldType::text;
  bool required = false;
  std::vector<FieldOption> options;  // select, radio
  int max_length = 0;                // 0: the type's default
  std::string profile_key;           // prefilled from the applicant's profile ("full_name", …)
  std::string visible_if;            // "field=value": shown only when another field has that value
  std::vector<FormField> columns;    // rows: the columns of each repeated row
  // Rules beyond the type's own, written once as data: the server (core/form) and the browser
  // (static/js/eform-rules.js) read the same definition.
  std::string hint;           // help text shown under the label
  std::string pattern;        // ECMAScript expression the whole trimmed value must match
  int min_length = 0;         // in characters
  std::optional<double> min;  // number
  std::optional<double> max;  // number
  std::string min_date;       // date: "YYYY-MM-DD" or "today"
  std::string max_date;       // date: "YYYY-MM-DD" or "today"
  int max_rows = 0;           // rows: 0 means the form's default limit
};

struct FeeItem {
  std::string name;
  long long amount_vnd = 0;
  std::string note;
};

struct Procedure {
  long long version_id = 0;
  std::string code;  // MaTTHC, e.g. 1.001193
  std::string name;
  std::string sector_code;
  std::string sector_name;
  std::string agency_code;  // competent agency's electronic identifier
  std::string agency_name;
  ServiceLevel level = ServiceLevel::mot_phan;
  Audience audience = Audience::citizen;
  int duration_working_days = 0;
  std::vector<std::string> steps;     // trình tự thực hiện
  std::vector<std::string> channels;  // cách thức thực hiện
  std::vector<Component> components;
  std::vector<FeeItem> fees;
  std::string applicants;          // đối tượng thực hiện
  std::string result;              // kết quả thực hiện
  int result_validity_months = 0;  // thời hạn hiệu lực của kết quả; 0: no end
  std::string legal_basis;         // căn cứ pháp lý
  std::string conditions;          // yêu cầu, điều kiện
  std::vector<FormField> form;
  // The internal workflow of this version (empty: none defined, the unit routes by hand).
  std::vector<WorkflowStep> workflow;
  LocalDate effective_from{};
};

}  // namespace motcua::core
