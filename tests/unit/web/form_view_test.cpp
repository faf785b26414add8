#include "web/pages/form_view.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "web_test_support.hpp"

namespace motcua::web {
namespace {

using core::FieldType;
using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;

core::FormField field(const std::string& name, FieldType type, bool required = false) {
  core::FormField f;
  f.name = name;
  f.label = "Nhãn " + name;
  f.type = type;
  f.required = required;
  if (type == FieldType::select || type == FieldType::radio) {
    f.options = {{"nam", "Nam"}, {"nu", "Nữ"}};
  }
  return f;
}

std::vector<core::FormField> every_type() {
  auto rows = field("con", FieldType::rows);
  rows.columns = {field("ho_ten", FieldType::text, true), field("gioi_tinh", FieldType::radio)};
  return {field("ho_ten", FieldType::text, true), field("ghi_chu", FieldType::textarea),
          field("so_luong", FieldType::number),   field("ngay_sinh", FieldType::date, true),
          field("gioi_tinh", FieldType::select),  field("dan_toc", FieldType::radio),
          field("dong_y", FieldType::checkbox),   field("email", FieldType::email),
          field("dien_thoai", FieldType::phone),  field("cccd", FieldType::citizen_id),
          field("dia_chi", FieldType::address),   rows};
}

std::string render_field(const json& view) {
  return testing::renderer().render("vi", "portal/form_field", view);
}

TEST(FieldDomId, NamesFieldsRowCellsAndComponents) {
  EXPECT_EQ(field_dom_id("ho_ten"), "f-ho_ten");
  EXPECT_EQ(field_dom_id("con[1].ho_ten"), "f-con-1-ho_ten");
  EXPECT_EQ(field_dom_id("component:to-khai"), "c-to-khai");
  EXPECT_EQ(field_dom_id("a\"><b"), "f-a-b");
}

std::string rows_add_button(const json& view) { return view.value("add_value", ""); }

TEST(FormFieldsView, DrawsEachTypeWithItsControl) {
  const auto fields = every_type();
  const auto views = form_fields_view(testing::translations(), "vi", fields, json::object(), {});
  ASSERT_EQ(views.size(), fields.size());
  EXPECT_THAT(render_field(views[0]),
              HasSubstr(R"(<input id="f-ho_ten" name="ho_ten" type="text")"));
  EXPECT_THAT(render_field(views[0]), HasSubstr("aria-required=\"true\""));
  EXPECT_THAT(render_field(views[1]), HasSubstr("<textarea id=\"f-ghi_chu\""));
  EXPECT_THAT(render_field(views[2]), HasSubstr("inputmode=\"decimal\""));
  EXPECT_THAT(render_field(views[3]), HasSubstr("type=\"date\""));
  EXPECT_THAT(render_field(views[4]), HasSubstr("<select id=\"f-gioi_tinh\""));
  EXPECT_THAT(render_field(views[5]), HasSubstr("<fieldset"));
  EXPECT_THAT(render_field(views[5]), HasSubstr(R"(type="radio" value="nu")"));
  EXPECT_THAT(render_field(views[6]), HasSubstr(R"(type="checkbox" value="true")"));
  EXPECT_THAT(render_field(views[7]), HasSubstr("type=\"email\""));
  EXPECT_THAT(render_field(views[8]), HasSubstr("type=\"tel\""));
  EXPECT_THAT(render_field(views[9]), HasSubstr("maxlength=\"12\""));
  // An address is province → commune from the catalog, then the street line.
  EXPECT_THAT(render_field(views[10]), HasSubstr("name=\"dia_chi.province\""));
  EXPECT_THAT(render_field(views[10]), HasSubstr("name=\"dia_chi.commune\""));
  EXPECT_THAT(render_field(views[10]), HasSubstr("name=\"dia_chi.street\""));
  EXPECT_THAT(render_field(views[10]), HasSubstr("value=\"refresh_address\""));
  EXPECT_THAT(rows_add_button(views[11]), HasSubstr("row_add:con"));
  const auto rows = render_field(views[11]);
  EXPECT_THAT(rows, HasSubstr("name=\"con[0].ho_ten\""));
  EXPECT_THAT(rows, HasSubstr("name=\"con[2].gioi_tinh\""));  // radio columns become selects
  EXPECT_THAT(rows, Not(HasSubstr("con[3]")));                // three rows when none is filled
  for (const auto& view : views)
    EXPECT_THAT(render_field(view), HasSubstr(view["label"].get<std::string>()));
}

TEST(FormFieldsView, KeepsValuesAndShowsMessagesBesideTheField) {
  const auto fields = every_type();
  json answers{{"ho_ten", "Nguyễn <An>"},
               {"gioi_tinh", "nu"},
               {"dong_y", true},
               {"con", json::array({{{"ho_ten", "Bé Na"}, {"gioi_tinh", "nu"}}})}};
  FieldMessages messages{{"ngay_sinh", "Trường này là bắt buộc."}, {"con[0].ho_ten", "Quá dài"}};
  const auto views = form_fields_view(testing::translations(), "vi", fields, answers, messages);
  EXPECT_THAT(render_field(views[0]), HasSubstr("value=\"Nguyễn &lt;An&gt;\""));
  const auto date = render_field(views[3]);
  EXPECT_THAT(date, HasSubstr("Trường này là bắt buộc."));
  EXPECT_THAT(date, HasSubstr(R"(aria-invalid="true" aria-describedby="f-ngay_sinh-error")"));
  EXPECT_THAT(render_field(views[4]), HasSubstr(R"(<option value="nu" selected>)"));
  EXPECT_THAT(render_field(views[6]), HasSubstr("checked"));
  const auto rows = render_field(views[11]);
  EXPECT_THAT(rows, HasSubstr("value=\"Bé Na\""));
  EXPECT_THAT(rows, HasSubstr("Quá dài"));
  EXPECT_THAT(rows, HasSubstr("con[1].ho_ten"));  // one spare row after the filled one
}

TEST(PostedAnswers, TakesOnlyTheProcedureFields) {
  const auto fields = every_type();
  PostedFields posted{{"ho_ten", "  An  "},    {"dong_y", "true"},    {"is_admin", "1"},
                      {"con[0].ho_ten", "Na"}, {"con[1].ho_ten", ""}, {"con[2].gioi_tinh", "nam"}};
  const auto answers = posted_answers(fields, posted);
  EXPECT_EQ(answers["ho_ten"], "An");
  EXPECT_EQ(answers["dong_y"], true);
  EXPECT_EQ(answers["ghi_chu"], "");
  EXPECT_FALSE(answers.contains("is_admin"));
  ASSERT_EQ(answers["con"].size(), 2U);  // the empty middle row is dropped
  EXPECT_EQ(answers["con"][0]["ho_ten"], "Na");
  EXPECT_EQ(answers["con"][1]["gioi_tinh"], "nam");
}

TEST(ProfileAnswers, PrefillsFromTheProfileKeys) {
  auto fields = every_type();
  fields[0].profile_key = "full_name";
  fields[7].profile_key = "email";
  fields[9].profile_key = "citizen_id";
  app::User user;
  user.full_name = "Nguyễn Văn An";
  user.email = "an@example.vn";
  const auto answers = profile_answers(fields, user);
  EXPECT_EQ(answers, (json{{"ho_ten", "Nguyễn Văn An"}, {"email", "an@example.vn"}}));
}

TEST(ErrorSummary, FollowsTheFormOrderThenComponents) {
  const auto fields = every_type();
  std::vector<core::Component> components{{"to-khai", "Tờ khai", true, 1, 0, ""}};
  FieldMessages messages{{"component:to-khai", "Thiếu tệp"},
                         {"ngay_sinh", "Bắt buộc"},
                         {"con[0].ho_ten", "Bắt buộc"},
                         {"ho_ten", "Bắt buộc"}};
  const auto links =
      error_summary_view(testing::translations(), "vi", fields, components, messages);
  ASSERT_EQ(links.size(), 4U);
  EXPECT_EQ(links[0]["href"], "#f-ho_ten");
  EXPECT_EQ(links[1]["href"], "#f-ngay_sinh");
  EXPECT_EQ(links[2]["href"], "#f-con-0-ho_ten");
  EXPECT_EQ(links[2]["text"], "Nhãn con – Nhãn ho_ten (Dòng 1): Bắt buộc");
  EXPECT_EQ(links[3]["href"], "#c-to-khai");
  EXPECT_EQ(links[3]["text"], "Tờ khai: Thiếu tệp");
}

}  // namespace
}  // namespace motcua::web

namespace motcua::web {
namespace {

TEST(FormFieldsView, AddressOffersTheCommunesOfTheChosenProvince) {
  core::FormField field;
  field.name = "noi_o";
  field.label = "Nơi ở";
  field.type = core::FieldType::address;
  app::AddressChoices choices;
  choices.provinces = {{"H29", "Tỉnh Minh An", core::AdminUnitKind::province, "", 0}};
  choices.communes["H29"] = {{"H29.12.05", "Phường Minh An", core::AdminUnitKind::ward, "H29", 1}};
  const json answers{
      {"noi_o", {{"province", "H29"}, {"commune", "H29.12.05"}, {"street", "Số 5"}}}};
  const FieldMessages messages{{"noi_o.street", "Trường này là bắt buộc."}};
  const auto view = form_fields_view(testing::translations(), "vi", {field}, answers, messages,
                                     {&choices, {}})[0];
  EXPECT_TRUE(view["province"]["options"][0]["selected"].get<bool>());
  EXPECT_EQ(view["commune"]["options"][0]["label"], "Phường Minh An");
  EXPECT_TRUE(view["commune"]["options"][0]["selected"].get<bool>());
  EXPECT_EQ(view["street"]["value"], "Số 5");
  EXPECT_TRUE(view["street"]["has_error"].get<bool>());
  EXPECT_TRUE(view["has_error"].get<bool>());
}

TEST(PostedAnswers, ReadsAddressPartsAndRuleHintsShowBounds) {
  core::FormField field;
  field.name = "noi_o";
  field.type = core::FieldType::address;
  const auto answers = posted_answers(
      {field},
      {{"noi_o.province", "H29"}, {"noi_o.commune", " H29.12.07 "}, {"noi_o.street", "Thôn 3"}});
  EXPECT_EQ(answers["noi_o"]["province"], "H29");
  EXPECT_EQ(answers["noi_o"]["commune"], "H29.12.07");
  EXPECT_EQ(answers["noi_o"]["street"], "Thôn 3");

  core::FormField number;
  number.name = "so";
  number.label = "Số";
  number.type = core::FieldType::number;
  number.min = 1;
  number.max = 100;
  const auto view =
      form_fields_view(testing::translations(), "vi", {number}, json::object(), {})[0];
  EXPECT_NE(view["hint"].get<std::string>().find("100"), std::string::npos);
  EXPECT_NE(view["rules"].get<std::string>().find("\"max\":100"), std::string::npos);
}

}  // namespace
}  // namespace motcua::web
