#include "core/form.hpp"

#include <gtest/gtest.h>

#include <string>

namespace motcua::core {
namespace {

FormField field(std::string name, FieldType type, bool required = false) {
  FormField f;
  f.name = std::move(name);
  f.label = f.name;
  f.type = type;
  f.required = required;
  return f;
}

FormValues text_values(std::initializer_list<std::pair<const std::string, std::string>> pairs) {
  FormValues values;
  for (const auto& [name, text] : pairs) values[name].text = text;
  return values;
}

// The error for one field given one value ("" when valid).
std::string error_for(const FormField& f, const std::string& text) {
  const auto errors = validate_form({f}, text_values({{f.name, text}}));
  const auto it = errors.find(f.name);
  return it == errors.end() ? "" : it->second;
}

TEST(Form, RequiredTextMustNotBeEmptyOrBlank) {
  const auto f = field("full_name", FieldType::text, true);
  EXPECT_EQ(error_for(f, ""), "error.required");
  EXPECT_EQ(error_for(f, "   \t"), "error.required");
  EXPECT_EQ(error_for(f, "\u00A0"), "error.required");
  EXPECT_EQ(error_for(f, "Nguyễn Văn A"), "");
  EXPECT_EQ(validate_form({f}, {}).at("full_name"), "error.required");  // absent
}

TEST(Form, OptionalEmptyFieldsAreNotChecked) {
  for (FieldType type :
       {FieldType::text, FieldType::number, FieldType::date, FieldType::email, FieldType::phone,
        FieldType::citizen_id, FieldType::select, FieldType::checkbox}) {
    EXPECT_EQ(error_for(field("x", type), ""), "") << field_type_name(type);
    EXPECT_EQ(error_for(field("x", type), "  "), "") << field_type_name(type);
  }
}

TEST(Form, MaxLengthCountsCharactersNotBytes) {
  const auto text = field("t", FieldType::text);
  EXPECT_EQ(error_for(text, std::string(500, 'a')), "");
  EXPECT_EQ(error_for(text, std::string(501, 'a')), "error.too_long");
  std::string accented;
  for (int i = 0; i < 500; ++i) accented += "ữ";  // 3 bytes each
  EXPECT_EQ(error_for(text, accented), "");
  EXPECT_EQ(error_for(text, accented + "a"), "error.too_long");

  const auto area = field("a", FieldType::textarea);
  EXPECT_EQ(error_for(area, std::string(5000, 'a')), "");
  EXPECT_EQ(error_for(area, std::string(5001, 'a')), "error.too_long");

  auto limited = field("l", FieldType::text);
  limited.max_length = 10;
  EXPECT_EQ(error_for(limited, "0123456789"), "");
  EXPECT_EQ(error_for(limited, "0123456789x"), "error.too_long");
  EXPECT_EQ(error_for(limited, "  0123456789  "), "");  // measured after trimming
}

// std::regex recurses per character: a catalog that allows long values on a field with a pattern
// must not let an applicant overflow the server's stack.
TEST(Form, LongValuesAreNeverMatchedAgainstAPattern) {
  auto coded = field("c", FieldType::text);
  coded.pattern = "[a-z]+";
  coded.max_length = 200000;
  EXPECT_EQ(error_for(coded, std::string(1000, 'a')), "");
  EXPECT_EQ(error_for(coded, std::string(100000, 'a')), "error.too_long");
}

TEST(Form, InvalidUtf8IsRejected) {
  EXPECT_EQ(error_for(field("t", FieldType::text), "ab\xC3"), "error.invalid_utf8");
}

TEST(Form, Number) {
  const auto f = field("n", FieldType::number);
  for (const char* ok : {"0", "42", "-7", "3.14", "1e+20", "2E3", " 12 "}) {
    EXPECT_EQ(error_for(f, ok), "") << ok;
  }
  for (const char* bad : {"abc", "1,5", "1.", ".5", "--1", "1e", "12a", "+", "1 000"}) {
    EXPECT_EQ(error_for(f, bad), "error.number") << bad;
  }
}

TEST(Form, DateMustBeARealCalendarDay) {
  const auto f = field("d", FieldType::date);
  for (const char* ok : {"2026-11-22", "2024-02-29", "2000-02-29", "1990-12-31"}) {
    EXPECT_EQ(error_for(f, ok), "") << ok;
  }
  for (const char* bad :
       {"2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
        "22/11/2026", "2026-1-5", "2026/11/22", "0000-01-01", "2026-11-22T00:00", "abcd-ef-gh"}) {
    EXPECT_EQ(error_for(f, bad), "error.date") << bad;
  }
}

TEST(Form, Email) {
  const auto f = field("e", FieldType::email);
  for (const char* ok : {"a@b.vn", "nguyen.van.a@hanoi.gov.vn", "x+tag@mail.example.com"}) {
    EXPECT_EQ(error_for(f, ok), "") << ok;
    EXPECT_TRUE(is_valid_email(ok)) << ok;
  }
  for (const char* bad : {"plain", "@b.vn", "a@", "a@vn", "a@@b.vn", "a@b@c.vn", "a b@c.vn",
                          "a@b .vn", "a@.vn", "a@b..vn", "a@b.vn.", "a@b.v", "<a>@b.vn"}) {
    EXPECT_EQ(error_for(f, bad), "error.email") << bad;
    EXPECT_FALSE(is_valid_email(bad)) << bad;
  }
}

TEST(Form, Phone) {
  const auto f = field("p", FieldType::phone);
  for (const char* ok : {"0912345678", "0912 345 678", "0912.345.678", "+84912345678",
                         "+84 912 345 678", "02438123456", "+842438123456"}) {
    EXPECT_EQ(error_for(f, ok), "") << ok;
    EXPECT_TRUE(is_valid_phone(ok)) << ok;
  }
  for (const char* bad :
       {"912345678", "091234567", "091234567890", "+8491234567", "84912345678", "+84091234567",
        "0012345678", "09123a5678", "+1 912345678", "0912-345-678", ""}) {
    EXPECT_EQ(error_for(f, bad), bad[0] == '\0' ? "" : "error.phone") << bad;
    EXPECT_FALSE(is_valid_phone(bad)) << bad;
  }
}

TEST(Form, CitizenId) {
  const auto f = field("cccd", FieldType::citizen_id, true);
  // 001 Hà Nội, 079 Hồ Chí Minh, 096 Cà Mau; fourth digit 0–9.
  for (const char* ok : {"001099012345", "079203000123", "096185999999", "038300000001"}) {
    EXPECT_EQ(error_for(f, ok), "") << ok;
    EXPECT_TRUE(is_valid_citizen_id(ok)) << ok;
  }
  for (const char* bad : {"00109901234",    // 11 digits
                          "0010990123456",  // 13 digits
                          "003099012345",   // 003 is not a province code
                          "097099012345",   // past the last code
                          "000099012345", "100099012345", "05a099012345", "001 99012345"}) {
    EXPECT_EQ(error_for(f, bad), "error.citizen_id") << bad;
    EXPECT_FALSE(is_valid_citizen_id(bad)) << bad;
  }
}

TEST(Form, DirectValidatorsIgnoreSurroundingSpaces) {
  EXPECT_TRUE(is_valid_citizen_id(" 001099012345\u00A0"));
  EXPECT_TRUE(is_valid_email(" a@b.vn "));
  EXPECT_TRUE(is_valid_phone(" 0912345678 "));
  EXPECT_FALSE(is_valid_email("a @b.vn"));
}

TEST(Form, EveryProvinceCodeAndNoOther) {
  const std::set<int> codes{1,  2,  4,  6,  8,  10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25,
                            26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42, 44, 45, 46, 48,
                            49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75,
                            77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96};
  ASSERT_EQ(codes.size(), 63u);
  for (int code = 0; code < 1000; ++code) {
    char prefix[4];
    std::snprintf(prefix, sizeof prefix, "%03d", code);
    EXPECT_EQ(is_valid_citizen_id(std::string(prefix) + "199123456"), codes.contains(code))
        << prefix;
  }
}

TEST(Form, SelectAndRadioTakeOnlyTheirOptions) {
  for (FieldType type : {FieldType::select, FieldType::radio}) {
    auto f = field("gender", type, true);
    f.options = {{"nam", "Nam"}, {"nu", "Nữ"}};
    EXPECT_EQ(error_for(f, "nam"), "");
    EXPECT_EQ(error_for(f, "nu"), "");
    EXPECT_EQ(error_for(f, "Nữ"), "error.option");  // the label is not a value
    EXPECT_EQ(error_for(f, "khac"), "error.option");
    EXPECT_EQ(error_for(f, ""), "error.required");
  }
}

TEST(Form, Checkbox) {
  const auto optional = field("agree", FieldType::checkbox);
  for (const char* ok : {"", "on", "1", "true"}) EXPECT_EQ(error_for(optional, ok), "") << ok;
  for (const char* bad : {"yes", "0", "false", "checked"}) {
    EXPECT_EQ(error_for(optional, bad), "error.option") << bad;
  }
  const auto required = field("agree", FieldType::checkbox, true);
  EXPECT_EQ(error_for(required, ""), "error.required");
  EXPECT_EQ(error_for(required, "on"), "");
}

TEST(Form, HiddenFieldsAreNotValidated) {
  auto kind = field("kind", FieldType::radio, true);
  kind.options = {{"self", "Bản thân"}, {"proxy", "Người được ủy quyền"}};
  auto proxy_id = field("proxy_id", FieldType::citizen_id, true);
  proxy_id.visible_if = "kind=proxy";
  const std::vector<FormField> fields{kind, proxy_id};

  EXPECT_TRUE(validate_form(fields, text_values({{"kind", "self"}, {"proxy_id", "junk"}})).empty());
  EXPECT_TRUE(validate_form(fields, text_values({{"kind", "self"}})).empty());
  const auto errors = validate_form(fields, text_values({{"kind", "proxy"}}));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors.at("proxy_id"), "error.required");
  EXPECT_EQ(
      validate_form(fields, text_values({{"kind", "proxy"}, {"proxy_id", "12"}})).at("proxy_id"),
      "error.citizen_id");
}

TEST(Form, IsFieldVisible) {
  auto f = field("x", FieldType::text);
  EXPECT_TRUE(is_field_visible(f, {}));
  f.visible_if = "kind=proxy";
  EXPECT_FALSE(is_field_visible(f, {}));
  EXPECT_FALSE(is_field_visible(f, text_values({{"kind", "self"}})));
  EXPECT_FALSE(is_field_visible(f, text_values({{"kind", "proxyx"}})));
  EXPECT_TRUE(is_field_visible(f, text_values({{"kind", "proxy"}})));
  EXPECT_TRUE(is_field_visible(f, text_values({{"kind", " proxy "}})));
  f.visible_if = "agree=";
  EXPECT_TRUE(is_field_visible(f, {}));
  EXPECT_FALSE(is_field_visible(f, text_values({{"agree", "on"}})));
}

TEST(Form, UnknownKeysAreIgnored) {
  const auto errors =
      validate_form({field("a", FieldType::text)},
                    text_values({{"a", "x"}, {"injected", std::string(9999, 'z')}}));
  EXPECT_TRUE(errors.empty());
}

TEST(Form, RowsNeedARowWhenRequiredAndCheckEachCell) {
  auto members = field("members", FieldType::rows, true);
  members.columns = {field("name", FieldType::text, true), field("born", FieldType::date),
                     field("phone", FieldType::phone)};
  const std::vector<FormField> fields{members};

  EXPECT_EQ(validate_form(fields, {}).at("members"), "error.required");
  FormValues empty;
  empty["members"];  // present with no rows
  EXPECT_EQ(validate_form(fields, empty).at("members"), "error.required");

  FormValues values;
  values["members"].rows = {
      {{"name", "Nguyễn Văn A"}, {"born", "1990-01-31"}},
      {{"name", " "}, {"born", "1990-02-30"}, {"phone", "12345"}, {"extra", "x"}},
      {{"name", "Trần Thị B"}},
  };
  const auto errors = validate_form(fields, values);
  EXPECT_EQ(errors, (FieldErrors{{"members[1].name", "error.required"},
                                 {"members[1].born", "error.date"},
                                 {"members[1].phone", "error.phone"}}));
}

TEST(Form, OptionalRowsMayBeEmpty) {
  auto members = field("members", FieldType::rows);
  members.columns = {field("name", FieldType::text, true)};
  EXPECT_TRUE(validate_form({members}, {}).empty());
}

TEST(Form, HiddenRowColumnsAreNotValidated) {
  auto members = field("members", FieldType::rows, true);
  auto relation = field("relation", FieldType::text);
  auto other = field("other", FieldType::text, true);
  other.visible_if = "relation=khac";
  members.columns = {relation, other};
  FormValues values;
  values["members"].rows = {{{"relation", "con"}}, {{"relation", "khac"}}};
  EXPECT_EQ(validate_form({members}, values),
            (FieldErrors{{"members[1].other", "error.required"}}));
}

TEST(Form, ReportsEveryFieldAtOnce) {
  const std::vector<FormField> fields{
      field("name", FieldType::text, true), field("email", FieldType::email),
      field("phone", FieldType::phone), field("born", FieldType::date),
      field("ok", FieldType::text, true)};
  const auto errors = validate_form(
      fields, text_values({{"email", "x@"}, {"phone", "1"}, {"born", "x"}, {"ok", "fine"}}));
  EXPECT_EQ(errors, (FieldErrors{{"name", "error.required"},
                                 {"email", "error.email"},
                                 {"phone", "error.phone"},
                                 {"born", "error.date"}}));
}

}  // namespace
}  // namespace motcua::core
