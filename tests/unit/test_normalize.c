/*
 * The Vietnamese normaliser: hand-written written -> spoken pairs from
 * administrative and scam-warning announcements, number properties
 * (every integer to 10^6 and random ones to 10^15 read back to the same
 * value), output hygiene (no ASCII digit, valid UTF-8, NFC), lexicons,
 * and robustness against hostile input.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "loa/normalize.h"
#include "text/norm_dict.h"
#include "text/norm_nfc.h"

struct pair {
	const char *written;
	const char *spoken;
};

static const struct pair pairs[] = {
	/* Cardinals: mười/mươi, mốt, tư, lăm, linh, không trăm, nghìn, tỷ */
	{ "0",
	  "không" },
	{ "1",
	  "một" },
	{ "5",
	  "năm" },
	{ "10",
	  "mười" },
	{ "11",
	  "mười một" },
	{ "14",
	  "mười bốn" },
	{ "15",
	  "mười lăm" },
	{ "19",
	  "mười chín" },
	{ "20",
	  "hai mươi" },
	{ "21",
	  "hai mươi mốt" },
	{ "24",
	  "hai mươi tư" },
	{ "25",
	  "hai mươi lăm" },
	{ "30",
	  "ba mươi" },
	{ "41",
	  "bốn mươi mốt" },
	{ "44",
	  "bốn mươi tư" },
	{ "55",
	  "năm mươi lăm" },
	{ "99",
	  "chín mươi chín" },
	{ "100",
	  "một trăm" },
	{ "101",
	  "một trăm linh một" },
	{ "104",
	  "một trăm linh bốn" },
	{ "105",
	  "một trăm linh năm" },
	{ "110",
	  "một trăm mười" },
	{ "111 hộ dân",
	  "một trăm mười một hộ dân" },
	{ "115 học sinh",
	  "một trăm mười lăm học sinh" },
	{ "215",
	  "hai trăm mười lăm" },
	{ "1000",
	  "một nghìn" },
	{ "1.000",
	  "một nghìn" },
	{ "1005",
	  "một nghìn không trăm linh năm" },
	{ "1.050",
	  "một nghìn không trăm năm mươi" },
	{ "2025",
	  "hai nghìn không trăm hai mươi lăm" },
	{ "2026",
	  "hai nghìn không trăm hai mươi sáu" },
	{ "10.000",
	  "mười nghìn" },
	{ "15.000",
	  "mười lăm nghìn" },
	{ "100.000",
	  "một trăm nghìn" },
	{ "250.000",
	  "hai trăm năm mươi nghìn" },
	{ "1.000.000",
	  "một triệu" },
	{ "1.500.000",
	  "một triệu năm trăm nghìn" },
	{ "2.025.005",
	  "hai triệu không trăm hai mươi lăm nghìn không trăm linh năm" },
	{ "12.345.678",
	  "mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám" },
	{ "1.000.000.000",
	  "một tỷ" },
	{ "3.500.000.000",
	  "ba tỷ năm trăm triệu" },
	{ "1.000.000.000.000",
	  "một nghìn tỷ" },
	{ "1000000000000000",
	  "một triệu tỷ" },
	{ "-3",
	  "âm ba" },
	{ "-15",
	  "âm mười lăm" },
	{ "Xã có 1.234 hộ dân.",
	  "Xã có một nghìn hai trăm ba mươi tư hộ dân." },
	{ "Huyện có 52 thôn.",
	  "Huyện có năm mươi hai thôn." },
	{ "Đã tiêm 3.541 liều vắc xin.",
	  "Đã tiêm ba nghìn năm trăm bốn mươi mốt liều vắc xin." },
	/* Decimals and percentages */
	{ "0,75",
	  "không phẩy bảy mươi lăm" },
	{ "2,5",
	  "hai phẩy năm" },
	{ "1,05",
	  "một phẩy không năm" },
	{ "0,005",
	  "không phẩy không không năm" },
	{ "12,5%",
	  "mười hai phẩy năm phần trăm" },
	{ "7%",
	  "bảy phần trăm" },
	{ "100%",
	  "một trăm phần trăm" },
	{ "95,5%",
	  "chín mươi lăm phẩy năm phần trăm" },
	{ "tăng 3,2% so với cùng kỳ",
	  "tăng ba phẩy hai phần trăm so với cùng kỳ" },
	{ "giảm 15 %",
	  "giảm mười lăm phần trăm" },
	{ "lãi suất 5%/tháng",
	  "lãi suất năm phần trăm một tháng" },
	{ "lãi 30%/năm",
	  "lãi ba mươi phần trăm một năm" },
	/* Ordinals and weekdays */
	{ "thứ 1",
	  "thứ nhất" },
	{ "thứ 4",
	  "thứ tư" },
	{ "lần thứ 3",
	  "lần thứ ba" },
	{ "lần thứ 14",
	  "lần thứ mười bốn" },
	{ "hạng 1",
	  "hạng nhất" },
	{ "hạng 4",
	  "hạng tư" },
	{ "đứng thứ 21",
	  "đứng thứ hai mươi mốt" },
	{ "Thứ 2",
	  "Thứ hai" },
	{ "Thứ 7 và Chủ nhật",
	  "Thứ bảy và Chủ nhật" },
	{ "các ngày thứ 2, thứ 4, thứ 6",
	  "các ngày thứ hai, thứ tư, thứ sáu" },
	{ "xếp thứ 4/34 tỉnh",
	  "xếp thứ tư trên ba mươi tư tỉnh" },
	/* Dates, months, quarters, year ranges */
	{ "30/4/2026",
	  "ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi sáu" },
	{ "ngày 30/4/2026",
	  "ngày ba mươi tháng tư năm hai nghìn không trăm hai mươi sáu" },
	{ "ngày 02/9/1945",
	  "ngày hai tháng chín năm một nghìn chín trăm bốn mươi lăm" },
	{ "ngày 1/1/2027",
	  "ngày một tháng một năm hai nghìn không trăm hai mươi bảy" },
	{ "ngày 19/8",
	  "ngày mười chín tháng tám" },
	{ "ngày 14/4",
	  "ngày mười bốn tháng tư" },
	{ "ngày 01/7",
	  "ngày một tháng bảy" },
	{ "ngày 31-12-2025",
	  "ngày ba mươi mốt tháng mười hai năm hai nghìn không trăm hai mươi lăm" },
	{ "ngày 15.10.2026",
	  "ngày mười lăm tháng mười năm hai nghìn không trăm hai mươi sáu" },
	{ "tháng 4/2026",
	  "tháng tư năm hai nghìn không trăm hai mươi sáu" },
	{ "tháng 8/2025",
	  "tháng tám năm hai nghìn không trăm hai mươi lăm" },
	{ "tháng 12/2026",
	  "tháng mười hai năm hai nghìn không trăm hai mươi sáu" },
	{ "tháng 4",
	  "tháng tư" },
	{ "tháng 04",
	  "tháng tư" },
	{ "trong tháng 1",
	  "trong tháng một" },
	{ "từ 14/4 đến 24/4/2026",
	  "từ ngày mười bốn tháng tư đến ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi sáu" },
	{ "từ ngày 14/4 đến ngày 24/4/2026",
	  "từ ngày mười bốn tháng tư đến ngày hai mươi tư tháng tư năm hai nghìn không trăm hai mươi sáu" },
	{ "ngày 27-28/02/2026",
	  "ngày hai mươi bảy đến ngày hai mươi tám tháng hai năm hai nghìn không trăm hai mươi sáu" },
	{ "từ 02-03/2026",
	  "từ tháng hai đến tháng ba năm hai nghìn không trăm hai mươi sáu" },
	{ "quý I/2026",
	  "quý một năm hai nghìn không trăm hai mươi sáu" },
	{ "quý IV",
	  "quý bốn" },
	{ "quý 2/2026",
	  "quý hai năm hai nghìn không trăm hai mươi sáu" },
	{ "giai đoạn 2026-2030",
	  "giai đoạn hai nghìn không trăm hai mươi sáu đến hai nghìn không trăm ba mươi" },
	{ "giai đoạn 2021–2025",
	  "giai đoạn hai nghìn không trăm hai mươi mốt đến hai nghìn không trăm hai mươi lăm" },
	{ "năm 2026",
	  "năm hai nghìn không trăm hai mươi sáu" },
	{ "mồng 5 tháng 5",
	  "mồng năm tháng năm" },
	{ "hôm 17-7",
	  "hôm ngày mười bảy tháng bảy" },
	/* Times */
	{ "6h30",
	  "sáu giờ ba mươi phút" },
	{ "06:30",
	  "sáu giờ ba mươi phút" },
	{ "17h",
	  "mười bảy giờ" },
	{ "19h05",
	  "mười chín giờ năm phút" },
	{ "0h30",
	  "không giờ ba mươi phút" },
	{ "15h00",
	  "mười lăm giờ" },
	{ "9h05",
	  "chín giờ năm phút" },
	{ "7g30",
	  "bảy giờ ba mươi phút" },
	{ "8:15",
	  "tám giờ mười lăm phút" },
	{ "13:00",
	  "mười ba giờ" },
	{ "lúc 20h",
	  "lúc hai mươi giờ" },
	{ "từ 14h00 đến 16h45",
	  "từ mười bốn giờ đến mười sáu giờ bốn mươi lăm phút" },
	{ "14h00-16h45",
	  "mười bốn giờ đến mười sáu giờ bốn mươi lăm phút" },
	{ "7h-11h",
	  "bảy giờ đến mười một giờ" },
	{ "họp lúc 8g sáng",
	  "họp lúc tám giờ sáng" },
	{ "8:00:00",
	  "tám giờ" },
	{ "10:20:30",
	  "mười giờ hai mươi phút ba mươi giây" },
	{ "từ 6h đến 8h sáng",
	  "từ sáu giờ đến tám giờ sáng" },
	{ "đúng 12h00 trưa",
	  "đúng mười hai giờ trưa" },
	/* Telephone numbers, hotlines, short codes */
	{ "114",
	  "một một bốn" },
	{ "gọi 113",
	  "gọi một một ba" },
	{ "số 115",
	  "số một một năm" },
	{ "gọi ngay 111",
	  "gọi ngay một một một" },
	{ "0912.888.456",
	  "không chín một hai, tám tám tám, bốn năm sáu" },
	{ "0912 345 678",
	  "không chín một hai, ba bốn năm, sáu bảy tám" },
	{ "0912345678",
	  "không chín một hai, ba bốn năm, sáu bảy tám" },
	{ "0225.3842.113",
	  "không hai hai năm, ba tám bốn hai, một một ba" },
	{ "0225 3999 101",
	  "không hai hai năm, ba chín chín chín, một không một" },
	{ "024 3999 0104",
	  "không hai bốn, ba chín chín chín, không một không bốn" },
	{ "024.3825.6666",
	  "không hai bốn, ba tám hai năm, sáu sáu sáu sáu" },
	{ "+84",
	  "cộng tám bốn" },
	{ "+84 912 345 678",
	  "cộng tám bốn, chín một hai, ba bốn năm, sáu bảy tám" },
	{ "+84912345678",
	  "cộng tám bốn, chín một hai, ba bốn năm, sáu bảy tám" },
	{ "1900 1234",
	  "một chín không không, một hai ba bốn" },
	{ "1900.6868",
	  "một chín không không, sáu tám sáu tám" },
	{ "1800 599 920",
	  "một tám không không, năm chín chín, chín hai không" },
	{ "đầu số 5656",
	  "đầu số năm sáu năm sáu" },
	{ "nhắn tin đến 8088",
	  "nhắn tin đến tám không tám tám" },
	{ "SĐT: 0987654321",
	  "số điện thoại, không chín tám bảy, sáu năm bốn, ba hai một" },
	{ "ĐT: 0225.3842.113",
	  "điện thoại, không hai hai năm, ba tám bốn hai, một một ba" },
	{ "Hotline: 1900 1234",
	  "hót lai, một chín không không, một hai ba bốn" },
	{ "năm 1900",
	  "năm một nghìn chín trăm" },
	/* Money */
	{ "500.000đ",
	  "năm trăm nghìn đồng" },
	{ "500.000 đồng",
	  "năm trăm nghìn đồng" },
	{ "50.000 đ",
	  "năm mươi nghìn đồng" },
	{ "1,2 tỷ đồng",
	  "một phẩy hai tỷ đồng" },
	{ "50 triệu đồng",
	  "năm mươi triệu đồng" },
	{ "200 nghìn đồng",
	  "hai trăm nghìn đồng" },
	{ "10.000 VNĐ",
	  "mười nghìn đồng" },
	{ "10.000VNĐ",
	  "mười nghìn đồng" },
	{ "5 triệu VND",
	  "năm triệu đồng" },
	{ "50 USD",
	  "năm mươi đô la Mỹ" },
	{ "100 USD",
	  "một trăm đô la Mỹ" },
	{ "$50",
	  "năm mươi đô la" },
	{ "20$",
	  "hai mươi đô la" },
	{ "10€",
	  "mười ơ rô" },
	{ "1tr5",
	  "một triệu năm trăm nghìn" },
	{ "100k",
	  "một trăm nghìn" },
	{ "3.000.000đ/tháng",
	  "ba triệu đồng một tháng" },
	{ "phạt từ 4 đến 6 triệu đồng",
	  "phạt từ bốn đến sáu triệu đồng" },
	/* Measures */
	{ "5 km",
	  "năm ki lô mét" },
	{ "5km",
	  "năm ki lô mét" },
	{ "30 m2",
	  "ba mươi mét vuông" },
	{ "30m²",
	  "ba mươi mét vuông" },
	{ "5 ha",
	  "năm héc ta" },
	{ "1,5 ha",
	  "một phẩy năm héc ta" },
	{ "20 kg",
	  "hai mươi ki lô gam" },
	{ "500g",
	  "năm trăm gam" },
	{ "60 km/h",
	  "sáu mươi ki lô mét trên giờ" },
	{ "60km/h",
	  "sáu mươi ki lô mét trên giờ" },
	{ "2 lít",
	  "hai lít" },
	{ "500ml",
	  "năm trăm mi li lít" },
	{ "150 cm",
	  "một trăm năm mươi xăng ti mét" },
	{ "10 m3",
	  "mười mét khối" },
	{ "37,5°C",
	  "ba mươi bảy phẩy năm độ xê" },
	{ "38 độ C",
	  "ba mươi tám độ xê" },
	{ "cao 7,9 m",
	  "cao bảy phẩy chín mét" },
	/* Ranges, fractions, ratios */
	{ "từ 3-5 ngày",
	  "từ ba đến năm ngày" },
	{ "3-5",
	  "ba đến năm" },
	{ "50.000đ-100.000đ",
	  "năm mươi nghìn đồng đến một trăm nghìn đồng" },
	{ "2/3",
	  "hai phần ba" },
	{ "1/4",
	  "một phần tư" },
	{ "3/4",
	  "ba phần tư" },
	{ "1/2kg",
	  "một phần hai ki lô gam" },
	{ "2/3 số hộ",
	  "hai phần ba số hộ" },
	{ "đạt 8/10",
	  "đạt tám trên mười" },
	{ "đạt 9/10 tiêu chí",
	  "đạt chín trên mười tiêu chí" },
	{ "8x8",
	  "tám nhân tám" },
	{ "5 x 10",
	  "năm nhân mười" },
	/* Legal document numbers */
	{ "Nghị định số 142/2026/NĐ-CP",
	  "Nghị định số một trăm bốn mươi hai, hai nghìn không trăm hai mươi sáu, nờ đê xê pê" },
	{ "Nghị định 13/2023/NĐ-CP",
	  "Nghị định mười ba, hai nghìn không trăm hai mươi ba, nờ đê xê pê" },
	{ "Quyết định số 367/QĐ-TTg",
	  "Quyết định số ba trăm sáu mươi bảy, quy đê tê tê gờ" },
	{ "Kế hoạch 219/KH-UBND",
	  "Kế hoạch hai trăm mười chín, ca hát u bê nờ đê" },
	{ "Thông tư 39/2020/TT-BTTTT",
	  "Thông tư ba mươi chín, hai nghìn không trăm hai mươi, tê tê bê tê tê tê tê" },
	{ "Nghị quyết 57-NQ/TW",
	  "Nghị quyết năm mươi bảy, nờ quy tê vê kép" },
	{ "Luật số 134/2025/QH15",
	  "Luật số một trăm ba mươi tư, hai nghìn không trăm hai mươi lăm, quy hát mười lăm" },
	{ "12/2025/NĐ-CP",
	  "mười hai, hai nghìn không trăm hai mươi lăm, nờ đê xê pê" },
	{ "01/2025/TT-BCA",
	  "không một, hai nghìn không trăm hai mươi lăm, tê tê bê xê a" },
	{ "36-NQ/TW",
	  "ba mươi sáu, nờ quy tê vê kép" },
	{ "Chỉ thị 04/CT-TTg",
	  "Chỉ thị không bốn, xê tê tê tê gờ" },
	{ "Công văn số 1234/UBND-VX",
	  "Công văn số một nghìn hai trăm ba mươi tư, u bê nờ đê vê ích" },
	{ "Quyết định 15/QĐ-UBND",
	  "Quyết định mười lăm, quy đê u bê nờ đê" },
	{ "Nghị quyết số 18-NQ/TW",
	  "Nghị quyết số mười tám, nờ quy tê vê kép" },
	{ "Thông báo 25/TB-UBND",
	  "Thông báo hai mươi lăm, tê bê u bê nờ đê" },
	{ "Nghị định 100/2019/NĐ-CP về xử phạt vi phạm giao thông",
	  "Nghị định một trăm, hai nghìn không trăm mười chín, nờ đê xê pê về xử phạt vi phạm giao thông" },
	{ "theo Nghị định 168/2024/NĐ-CP, mức phạt tăng",
	  "theo Nghị định một trăm sáu mươi tám, hai nghìn không trăm hai mươi tư, nờ đê xê pê, mức phạt tăng" },
	{ "NĐ-CP",
	  "nờ đê xê pê" },
	/* Legal structure and Roman numerals */
	{ "Điều 15",
	  "Điều mười lăm" },
	{ "khoản 2 Điều 7",
	  "khoản hai Điều bảy" },
	{ "điểm a khoản 1",
	  "điểm a khoản một" },
	{ "điểm b",
	  "điểm bê" },
	{ "điểm đ khoản 2 Điều 5",
	  "điểm đê khoản hai Điều năm" },
	{ "Chương IX",
	  "Chương chín" },
	{ "Chương II",
	  "Chương hai" },
	{ "chương IV",
	  "chương bốn" },
	{ "Phần III",
	  "Phần ba" },
	{ "Mục V",
	  "Mục năm" },
	{ "khóa XV",
	  "khóa mười lăm" },
	{ "khóa XXI",
	  "khóa hai mươi mốt" },
	{ "Đại hội XIII",
	  "Đại hội mười ba" },
	{ "Đại hội Đảng lần thứ XIV",
	  "Đại hội Đảng lần thứ mười bốn" },
	{ "lần thứ IV",
	  "lần thứ tư" },
	{ "thế kỷ XXI",
	  "thế kỷ hai mươi mốt" },
	{ "Phụ lục II",
	  "Phụ lục hai" },
	{ "I. MỤC ĐÍCH, YÊU CẦU",
	  "một. mục đích, yêu cầu" },
	{ "II. NỘI DUNG",
	  "hai. nội dung" },
	{ "IV. TỔ CHỨC THỰC HIỆN",
	  "bốn. tổ chức thực hiện" },
	{ "Đề án 06",
	  "Đề án không sáu" },
	{ "mã số 0123",
	  "mã số không một hai ba" },
	/* Abbreviations */
	{ "UBND",
	  "ủy ban nhân dân" },
	{ "UBND xã",
	  "ủy ban nhân dân xã" },
	{ "HĐND",
	  "hội đồng nhân dân" },
	{ "MTTQ",
	  "mặt trận tổ quốc" },
	{ "UBMTTQ Việt Nam",
	  "ủy ban mặt trận tổ quốc Việt Nam" },
	{ "KH&CN",
	  "khoa học và công nghệ" },
	{ "Sở TT&TT",
	  "Sở thông tin và truyền thông" },
	{ "THCS",
	  "trung học cơ sở" },
	{ "trường THPT",
	  "trường trung học phổ thông" },
	{ "CSGT",
	  "cảnh sát giao thông" },
	{ "CA xã",
	  "công an xã" },
	{ "Công an TP Hải Phòng",
	  "Công an thành phố Hải Phòng" },
	{ "TP. Hải Phòng",
	  "thành phố Hải Phòng" },
	{ "TP.HCM",
	  "Thành phố Hồ Chí Minh" },
	{ "TX. Kinh Môn",
	  "thị xã Kinh Môn" },
	{ "TT. Cát Bà",
	  "thị trấn Cát Bà" },
	{ "đ/c Nguyễn Văn Nam",
	  "đồng chí Nguyễn Văn Nam" },
	{ "Đ/c Chủ tịch",
	  "đồng chí Chủ tịch" },
	{ "V/v triển khai",
	  "về việc triển khai" },
	{ "K/g: Trưởng thôn",
	  "kính gửi, Trưởng thôn" },
	{ "SĐT",
	  "số điện thoại" },
	{ "CCCD",
	  "căn cước công dân" },
	{ "BHYT",
	  "bảo hiểm y tế" },
	{ "BHXH",
	  "bảo hiểm xã hội" },
	{ "PCCC",
	  "phòng cháy chữa cháy" },
	{ "ATGT",
	  "an toàn giao thông" },
	{ "TTHC",
	  "thủ tục hành chính" },
	{ "HTX",
	  "hợp tác xã" },
	{ "ĐBQH",
	  "đại biểu Quốc hội" },
	{ "TAND huyện",
	  "tòa án nhân dân huyện" },
	{ "CNTT",
	  "công nghệ thông tin" },
	{ "KT-XH",
	  "kinh tế xã hội" },
	{ "v.v.",
	  "vân vân." },
	{ "cán bộ, công chức v.v.",
	  "cán bộ, công chức vân vân." },
	{ "CBCCVC",
	  "cán bộ, công chức, viên chức" },
	/* Loanwords and brands */
	{ "Deepfake",
	  "đíp phếch" },
	{ "deepfake",
	  "đíp phếch" },
	{ "công nghệ Deepfake",
	  "công nghệ đíp phếch" },
	{ "Zalo",
	  "da lô" },
	{ "Facebook",
	  "phây búc" },
	{ "facebook",
	  "phây búc" },
	{ "Messenger",
	  "mét xen giơ" },
	{ "Telegram",
	  "tê lê gờ ram" },
	{ "TikTok",
	  "tích tốc" },
	{ "YouTube",
	  "iu túp" },
	{ "Viettel",
	  "việt ten" },
	{ "OTP",
	  "ô tê pê" },
	{ "mã OTP",
	  "mã ô tê pê" },
	{ "AI",
	  "ây ai" },
	{ "trí tuệ nhân tạo AI",
	  "trí tuệ nhân tạo ây ai" },
	{ "link",
	  "linh" },
	{ "đường link lạ",
	  "đường linh lạ" },
	{ "video call",
	  "vi đê ô côn" },
	{ "gọi video call",
	  "gọi vi đê ô côn" },
	{ "online",
	  "ôn lai" },
	{ "QR",
	  "kiu a" },
	{ "mã QR",
	  "mã kiu a" },
	{ "SIM",
	  "sim" },
	{ "thẻ SIM",
	  "thẻ sim" },
	{ "SMS",
	  "ét em ét" },
	{ "VNeID",
	  "vê nờ e ai đi" },
	{ "ứng dụng VNeID",
	  "ứng dụng vê nờ e ai đi" },
	{ "Internet Banking",
	  "in tơ nét banh king" },
	{ "Mobile Banking",
	  "mô bai banh king" },
	{ "ATM",
	  "a tê mờ" },
	{ "hotline",
	  "hót lai" },
	{ "website",
	  "oép xai" },
	{ "app",
	  "áp" },
	{ "Shopee",
	  "sốp pi" },
	{ "OK",
	  "ô kê" },
	{ "Covid-19",
	  "cô vít mười chín" },
	/* Letter sequences and capitals */
	{ "VTV",
	  "vê tê vê" },
	{ "VOV",
	  "vê o vê" },
	{ "VNPT",
	  "vê nờ pê tê" },
	{ "H5N1",
	  "hát năm nờ một" },
	{ "G7",
	  "gờ bảy" },
	{ "4G",
	  "bốn gờ" },
	{ "ABC",
	  "a bê xê" },
	{ "XYZ",
	  "ích i dét" },
	{ "NỘI DUNG",
	  "nội dung" },
	{ "THÔNG BÁO",
	  "thông báo" },
	{ "KHẨN CẤP",
	  "khẩn cấp" },
	/* E-mail and web addresses */
	{ "@",
	  "a còng" },
	{ "congan@haiphong.gov.vn",
	  "công an a còng hải phòng chấm gov chấm vi en" },
	{ "dichvucong.gov.vn",
	  "dịch vụ công chấm gov chấm vi en" },
	{ "www.chinhphu.vn",
	  "vê kép vê kép vê kép chấm chính phủ chấm vi en" },
	/* The scheme is not read: the site name is enough. */
	{ "https://dichvucong.gov.vn",
	  "dịch vụ công chấm gov chấm vi en" },
	{ "Vào http://tinnhiemmang.vn để tra cứu.",
	  "Vào tín nhiệm mạng chấm vi en để tra cứu." },
	{ "tinnhiemmang.vn",
	  "tín nhiệm mạng chấm vi en" },
	{ "canhbao.ncsc.gov.vn",
	  "cảnh báo chấm nờ xê ét xê chấm gov chấm vi en" },
	/* Symbols, quotes, dashes, bullets */
	{ "A & B",
	  "A và bê" },
	{ "1 + 1 = 2",
	  "một cộng một bằng hai" },
	{ "Văn hóa - Xã hội",
	  "Văn hóa, Xã hội" },
	{ "Phòng Văn hóa - Xã hội xã Tiên Minh",
	  "Phòng Văn hóa, Xã hội xã Tiên Minh" },
	{ "“Cảnh giác”",
	  "Cảnh giác" },
	{ "«Cảnh giác»",
	  "Cảnh giác" },
	{ "– Không nghe máy lạ",
	  "Không nghe máy lạ" },
	{ "• Không chuyển tiền",
	  "Không chuyển tiền" },
	{ "- Không cung cấp mã OTP",
	  "Không cung cấp mã ô tê pê" },
	{ "Chờ đã…",
	  "Chờ đã..." },
	{ "nhiệt độ > 38 độ",
	  "nhiệt độ lớn hơn ba mươi tám độ" },
	{ "khoảng ~20 người",
	  "khoảng khoảng hai mươi người" },
	/* Plain Vietnamese passes through */
	{ "Việt",
	  "Việt" },
	{ "một",
	  "một" },
	{ "Nghệ An",
	  "Nghệ An" },
	{ "Hòa Bình",
	  "Hòa Bình" },
	{ "Thủy",
	  "Thủy" },
	/* Whole announcement sentences */
	{ "Kính thưa bà con!",
	  "Kính thưa bà con!" },
	{ "Kính thưa bà con nhân dân xã Tiên Minh.",
	  "Kính thưa bà con nhân dân xã Tiên Minh." },
	{ "Kẻ gian gọi qua Zalo, yêu cầu chuyển 50 triệu đồng.",
	  "Kẻ gian gọi qua da lô, yêu cầu chuyển năm mươi triệu đồng." },
	{ "Tuyệt đối không cung cấp mã OTP cho bất kỳ ai.",
	  "Tuyệt đối không cung cấp mã ô tê pê cho bất kỳ ai." },
	{ "Khi nghi ngờ, hãy gọi ngay 113 hoặc Công an xã.",
	  "Khi nghi ngờ, hãy gọi ngay một một ba hoặc Công an xã." },
	{ "Thời gian: từ 7h30 đến 11h00 ngày 15/5/2026.",
	  "Thời gian, từ bảy giờ ba mươi phút đến mười một giờ ngày mười lăm tháng năm năm hai nghìn không trăm hai mươi sáu." },
	{ "Địa điểm: Hội trường UBND xã.",
	  "Địa điểm, Hội trường ủy ban nhân dân xã." },
	{ "Mức phạt từ 800.000đ đến 1.000.000đ.",
	  "Mức phạt từ tám trăm nghìn đồng đến một triệu đồng." },
	{ "Hạn nộp hồ sơ trước ngày 30/6/2026.",
	  "Hạn nộp hồ sơ trước ngày ba mươi tháng sáu năm hai nghìn không trăm hai mươi sáu." },
	{ "Đối tượng giả danh cán bộ CA, yêu cầu cài app lạ.",
	  "Đối tượng giả danh cán bộ công an, yêu cầu cài áp lạ." },
	{ "Bà con không bấm vào link, không quét mã QR lạ.",
	  "Bà con không bấm vào linh, không quét mã kiu a lạ." },
	{ "Chúng giả giọng người thân bằng công nghệ deepfake.",
	  "Chúng giả giọng người thân bằng công nghệ đíp phếch." },
	{ "Năm 2025, toàn tỉnh có 1.245 vụ lừa đảo qua mạng.",
	  "Năm hai nghìn không trăm hai mươi lăm, toàn tỉnh có một nghìn hai trăm bốn mươi lăm vụ lừa đảo qua mạng." },
	{ "Thiệt hại hơn 3,5 tỷ đồng.",
	  "Thiệt hại hơn ba phẩy năm tỷ đồng." },
	{ "Tiêm vắc xin cho trẻ từ 6-59 tháng tuổi.",
	  "Tiêm vắc xin cho trẻ từ sáu đến năm mươi chín tháng tuổi." },
	{ "Mỗi hộ được hỗ trợ 2.000.000 đồng/tháng.",
	  "Mỗi hộ được hỗ trợ hai triệu đồng một tháng." },
	{ "Tốc độ tối đa 50 km/h trong khu dân cư.",
	  "Tốc độ tối đa năm mươi ki lô mét trên giờ trong khu dân cư." },
	{ "Nồng độ cồn vượt quá 0,4 miligam/lít khí thở.",
	  "Nồng độ cồn vượt quá không phẩy bốn miligam trên lít khí thở." },
	{ "Đăng ký tài khoản định danh điện tử mức độ 2.",
	  "Đăng ký tài khoản định danh điện tử mức độ hai." },
	{ "Ngân hàng không bao giờ yêu cầu khách hàng cung cấp mã OTP qua điện thoại.",
	  "Ngân hàng không bao giờ yêu cầu khách hàng cung cấp mã ô tê pê qua điện thoại." },
	{ "Liên hệ Công an xã theo số 0225 3999 101.",
	  "Liên hệ Công an xã theo số không hai hai năm, ba chín chín chín, một không một." },
	{ "Cuộc gọi từ số +84 lạ cần cảnh giác.",
	  "Cuộc gọi từ số cộng tám bốn lạ cần cảnh giác." },
	{ "Cuộc họp bắt đầu lúc 14h ngày 5/6.",
	  "Cuộc họp bắt đầu lúc mười bốn giờ ngày năm tháng sáu." },
	{ "Ủy ban nhân dân xã thông báo lịch tiêm chủng tháng 3/2026.",
	  "Ủy ban nhân dân xã thông báo lịch tiêm chủng tháng ba năm hai nghìn không trăm hai mươi sáu." },
	{ "Hội nghị lần thứ 5 Ban Chấp hành Trung ương khóa XIII.",
	  "Hội nghị lần thứ năm Ban Chấp hành Trung ương khóa mười ba." },
	{ "Giá trị sản xuất tăng 8,5% so với năm 2025.",
	  "Giá trị sản xuất tăng tám phẩy năm phần trăm so với năm hai nghìn không trăm hai mươi lăm." },
	/* Counts, per-unit money, spaced ranges, services */
	{ "Tổng đài 18001090 hỗ trợ miễn phí.",
	  "Tổng đài một tám không không, một không chín không hỗ trợ miễn phí." },
	{ "Hồ sơ gồm 02 bản chính.",
	  "Hồ sơ gồm hai bản chính." },
	{ "Uống vitamin A đợt 1/2026.",
	  "Uống vi ta min A đợt một năm hai nghìn không trăm hai mươi sáu." },
	{ "Khai mạc lúc 14 giờ 00 phút.",
	  "Khai mạc lúc mười bốn giờ." },
	{ "Tập trung lúc 7 giờ 05.",
	  "Tập trung lúc bảy giờ năm." },
	{ "Cách ly từ 3 - 5 ngày.",
	  "Cách ly từ ba đến năm ngày." },
	{ "Hỗ trợ 10 triệu đồng/hộ.",
	  "Hỗ trợ mười triệu đồng một hộ." },
	{ "Liều dùng 2 viên/lần.",
	  "Liều dùng hai viên một lần." },
	{ "Công dân xã/phường/thị trấn.",
	  "Công dân xã, phường, thị trấn." },
	{ "CCCD gắn chip được tích hợp trên VNeID.",
	  "căn cước công dân gắn chíp được tích hợp trên vê nờ e ai đi." },
	{ "Phạt 20.000.000đ - 40.000.000đ.",
	  "Phạt hai mươi triệu đồng đến bốn mươi triệu đồng." },
	{ "Điện thoại: 0225.3842.113 - 0912.345.678.",
	  "Điện thoại, không hai hai năm, ba tám bốn hai, một một ba, không chín một hai, ba bốn năm, sáu bảy tám." },
	{ "Không cung cấp địa chỉ IP, mã PIN.",
	  "Không cung cấp địa chỉ i pê, mã pin." },
	{ "Tin nhắn SMS từ đầu số 8079.",
	  "Tin nhắn ét em ét từ đầu số tám không bảy chín." },
	/* Dates in lists and ranges, bracketed area codes, legal terms */
	{ "Phạt tù từ 02 đến 07 năm.",
	  "Phạt tù từ hai đến bảy năm." },
	{ "Nghỉ lễ các ngày 30/4 - 1/5.",
	  "Nghỉ lễ các ngày ba mươi tháng tư đến ngày một tháng năm." },
	{ "Kỷ niệm Quốc khánh 2/9.",
	  "Kỷ niệm Quốc khánh ngày hai tháng chín." },
	{ "Cách mạng Tháng Tám thành công 19/8/1945.",
	  "Cách mạng Tháng Tám thành công ngày mười chín tháng tám năm một nghìn chín trăm bốn mươi lăm." },
	{ "Tiêm chủng vào các ngày 10, 11/6.",
	  "Tiêm chủng vào các ngày mười, mười một tháng sáu." },
	{ "Làm việc từ 07h00 - 11h00.",
	  "Làm việc từ bảy giờ đến mười một giờ." },
	{ "Gọi (0225) 3842 113 để được hỗ trợ.",
	  "Gọi không hai hai năm, ba tám bốn hai, một một ba để được hỗ trợ." },
	{ "Giảm 1/2 học phí.",
	  "Giảm một phần hai học phí." },
	/* Per-unit chains, file extensions, round-the-clock, weather */
	{ "Mức hỗ trợ 1.500.000 đồng/người/tháng.",
	  "Mức hỗ trợ một triệu năm trăm nghìn đồng một người một tháng." },
	{ "Không cài ứng dụng có đuôi .apk lạ.",
	  "Không cài ứng dụng có đuôi chấm a pê ca lạ." },
	{ "Trực 24/7 qua số 069.2345.678.",
	  "Trực hai mươi tư trên bảy qua số không sáu chín, hai ba bốn năm, sáu bảy tám." },
	{ "Cục An ninh mạng (A05) khuyến cáo.",
	  "Cục An ninh mạng (a không năm) khuyến cáo." },
	{ "Đơn giá 15.000 đồng/kg.",
	  "Đơn giá mười lăm nghìn đồng một ki lô gam." },
	{ "Lượng mưa phổ biến 100-200mm.",
	  "Lượng mưa phổ biến một trăm đến hai trăm mi li mét." },
	{ "Tập tin PDF gửi qua Zalo.",
	  "Tập tin pê đê ép gửi qua da lô." },
	{ "Bật định vị GPS trên điện thoại.",
	  "Bật định vị gờ pê ét trên điện thoại." },
	/* Headings inside a line, SMS codes, party documents */
	{ "Kế hoạch được ban hành kèm theo. II. NỘI DUNG",
	  "Kế hoạch được ban hành kèm theo. hai. nội dung" },
	{ "Soạn tin DK gửi 1345 để đăng ký.",
	  "Soạn tin đê ca gửi một ba bốn năm để đăng ký." },
	{ "Gọi (+84) 24 3825 6666.",
	  "Gọi cộng tám bốn, hai bốn, ba tám hai năm, sáu sáu sáu sáu." },
	{ "Kết luận số 121-KL/TW",
	  "Kết luận số một trăm hai mươi mốt, ca lờ tê vê kép" },
	{ "Chỉ thị 20-CT/TW",
	  "Chỉ thị hai mươi, xê tê tê vê kép" },
	/* Decimal points written the English way */
	{ "Lãi suất tăng 2.5% mỗi tháng.",
	  "Lãi suất tăng hai phẩy năm phần trăm mỗi tháng." },
	{ "Thiệt hại 3.5 triệu đồng.",
	  "Thiệt hại ba phẩy năm triệu đồng." },
	{ "Trẻ cao dưới 1.3m được miễn vé.",
	  "Trẻ cao dưới một phẩy ba mét được miễn vé." },
	{ "Chủ nhật (ngày 7/6) nghỉ.",
	  "Chủ nhật (ngày bảy tháng sáu) nghỉ." },
	/* Year pairs and document numbers without a code */
	{ "Năm học 2025/2026 bắt đầu từ ngày 5/9.",
	  "Năm học hai nghìn không trăm hai mươi lăm đến hai nghìn không trăm hai mươi sáu bắt đầu từ ngày năm tháng chín." },
	{ "Thực hiện Thông tư 15/2023 của Bộ Y tế.",
	  "Thực hiện Thông tư mười lăm, hai nghìn không trăm hai mươi ba của Bộ Y tế." },
	{ "Nghị định số 12/2025 quy định chi tiết.",
	  "Nghị định số mười hai, hai nghìn không trăm hai mươi lăm quy định chi tiết." },
	{ "Báo cáo kết quả tháng 12/2025.",
	  "Báo cáo kết quả tháng mười hai năm hai nghìn không trăm hai mươi lăm." },
	/* A weekday, then its date */
	{ "Lịch tiêm: Thứ Bảy, 7/3/2026 và Chủ nhật, 8/3.",
	  "Lịch tiêm, Thứ Bảy, ngày bảy tháng ba năm hai nghìn không trăm hai mươi sáu và Chủ nhật, ngày tám tháng ba." },
	{ "Họp vào thứ 5, 5/3.",
	  "Họp vào thứ năm, ngày năm tháng ba." },
	{ "Khai giảng thứ 2 (2/3).",
	  "Khai giảng thứ hai (ngày hai tháng ba)." },
	/* Bare d/m: dates, except everyday fractions and quantities */
	{ "Chào mừng Ngày Quốc tế Phụ nữ 8/3.",
	  "Chào mừng Ngày Quốc tế Phụ nữ ngày tám tháng ba." },
	{ "Hạn chót nộp hồ sơ 5/3.",
	  "Hạn chót nộp hồ sơ ngày năm tháng ba." },
	{ "Diện tích lúa giảm 1/6 so với năm trước.",
	  "Diện tích lúa giảm một phần sáu so với năm trước." },
	{ "Khoảng 2/7 số hộ chưa đăng ký.",
	  "Khoảng hai phần bảy số hộ chưa đăng ký." },
	{ "Tết Thiếu nhi 1/6.",
	  "Tết Thiếu nhi ngày một tháng sáu." },
	/* Card numbers */
	{ "Không cung cấp số thẻ 9704 1234 5678 9012 cho người lạ.",
	  "Không cung cấp số thẻ chín bảy không bốn, một hai ba bốn, năm sáu bảy tám, chín không một hai cho người lạ." },
	{ "Tai nạn trên QL10 đoạn qua xã.",
	  "Tai nạn trên quốc lộ mười đoạn qua xã." },
	{ "Khám bệnh miễn phí do BS. Nguyễn Văn Hùng phụ trách.",
	  "Khám bệnh miễn phí do bác sĩ Nguyễn Văn Hùng phụ trách." },
	/* Emergency numbers or counts */
	{ "Gọi 113 để báo tin.",
	  "Gọi một một ba để báo tin." },
	{ "Toàn xã có 113 hộ nghèo.",
	  "Toàn xã có một trăm mười ba hộ nghèo." },
	{ "Năm qua, xe cứu thương đã chở 115 ca cấp cứu.",
	  "Năm qua, xe cứu thương đã chở một trăm mười lăm ca cấp cứu." },
	{ "Khi có cháy, gọi ngay 114 (Cảnh sát PCCC).",
	  "Khi có cháy, gọi ngay một một bốn (Cảnh sát phòng cháy chữa cháy)." },
	{ "Trang web có đuôi .gov.vn là của cơ quan nhà nước.",
	  "Trang oép có đuôi chấm gov chấm vi en là của cơ quan nhà nước." },
	/* Scam warnings: accounts, lookup sites, recruitment */
	{ "Chuyển tiền vào STK 1903 5678 9012 34 là bị lừa.",
	  "Chuyển tiền vào số tài khoản một chín không ba, năm sáu bảy tám, chín không một hai, ba bốn là bị lừa." },
	{ "Tra cứu tại canhbao.khonggianmang.vn.",
	  "Tra cứu tại cảnh báo chấm không gian mạng chấm vi en." },
	{ "Tuyển CTV bán hàng online là chiêu lừa quen thuộc.",
	  "Tuyển cộng tác viên bán hàng ôn lai là chiêu lừa quen thuộc." },
	/* Titles and signature blocks */
	{ "Đ/c CT UBND xã chủ trì hội nghị.",
	  "đồng chí chủ tịch ủy ban nhân dân xã chủ trì hội nghị." },
	{ "TM. UBND XÃ",
	  "thay mặt ủy ban nhân dân xã" },
	/* Keypad codes, comparisons, generations, markup, currencies */
	{ "Bấm *101# để kiểm tra tài khoản, không bấm **21*0912345678#.",
	  "Bấm sao một không một thăng để kiểm tra tài khoản, không bấm sao sao hai một sao không chín một hai ba bốn năm sáu bảy tám thăng." },
	{ "Bấm phím # để kết thúc.",
	  "Bấm phím thăng để kết thúc." },
	{ "Uống vitamin A cho trẻ <5 tuổi, người >60 tuổi khám miễn phí.",
	  "Uống vi ta min A cho trẻ dưới năm tuổi, người trên sáu mươi tuổi khám miễn phí." },
	{ "Công dân ≥18 tuổi đi bầu cử.",
	  "Công dân lớn hơn hoặc bằng mười tám tuổi đi bầu cử." },
	{ "Nhiều bạn trẻ thế hệ 8x, 9x bị lừa.",
	  "Nhiều bạn trẻ thế hệ tám ích, chín ích bị lừa." },
	{ "Trang tin có dòng <b>Cảnh báo</b> lừa đảo<br>mới.",
	  "Trang tin có dòng Cảnh báo lừa đảo mới." },
	{ "Tiếng ồn karaoke không quá 70 dB.",
	  "Tiếng ồn ca ra ô kê không quá bảy mươi đê xi ben." },
	{ "Đồng usd tăng, đồng eur giảm.",
	  "Đồng đô la Mỹ tăng, đồng ơ rô giảm." },
	{ "Giá 100¥, 10₹, ₩1000, 5 GW.",
	  "Giá một trăm yên Nhật, mười ru pi, một nghìn uôn, năm gi ga oát." },
	{ "Em ko biết, nước có độ pH thấp.",
	  "Em không biết, nước có độ pê hát thấp." },
	/* '/' after numbers and units: per, with the unit read */
	{ "Gieo mạ 1,5-2 kg/sào, bón 20-25 kg/sào phân NPK.",
	  "Gieo mạ một phẩy năm đến hai ki lô gam trên sào, bón hai mươi đến hai mươi lăm ki lô gam trên sào phân nờ pê ca." },
	{ "Phun thuốc khi mật độ rầy trên 3.000 con/m², cấy 40-45 khóm/m².",
	  "Phun thuốc khi mật độ rầy trên ba nghìn con trên mét vuông, cấy bốn mươi đến bốn mươi lăm khóm trên mét vuông." },
	{ "Rắc vôi bột với liều 1kg/10m².",
	  "Rắc vôi bột với liều một ki lô gam trên mười mét vuông." },
	{ "Năng suất đạt 65,5 tạ/ha; hỗ trợ 2 triệu đồng/ha.",
	  "Năng suất đạt sáu mươi lăm phẩy năm tạ trên héc ta; hỗ trợ hai triệu đồng một héc ta." },
	{ "Lượng mưa phổ biến 50-70 mm/24h.",
	  "Lượng mưa phổ biến năm mươi đến bảy mươi mi li mét trên hai mươi tư giờ." },
	{ "Hỗ trợ 40 triệu đồng/căn, thuê đất 1,2 triệu đồng/sào/năm.",
	  "Hỗ trợ bốn mươi triệu đồng một căn, thuê đất một phẩy hai triệu đồng một sào một năm." },
	{ "Giá thóc khoảng 7.000-7.500 đ/kg.",
	  "Giá thóc khoảng bảy nghìn đến bảy nghìn năm trăm đồng một ki lô gam." },
	{ "Trợ cấp 68,5 triệu đồng/người/năm cho cán bộ xã/phường.",
	  "Trợ cấp sáu mươi tám phẩy năm triệu đồng một người một năm cho cán bộ xã, phường." },
	{ "Cầu có tải trọng 5T, xe trên 2,5T không được đi qua.",
	  "Cầu có tải trọng năm tấn, xe trên hai phẩy năm tấn không được đi qua." },
	{ "Học sinh lớp 12A đi theo QL 1A.",
	  "Học sinh lớp mười hai A đi theo quốc lộ một A." },
	/* Roman numerals: trigger pairs, lone letters */
	{ "Mực nước trên báo động II 0,2m; khu vực III có mưa to.",
	  "Mực nước trên báo động hai không phẩy hai mét; khu vực ba có mưa to." },
	{ "Xe hạng C vào khu C, nhóm L.",
	  "Xe hạng xê vào khu xê, nhóm lờ." },
	/* A part of a counted whole is "trên" */
	{ "Đã có 8/10 thôn hoàn thành, tại 12/12 thôn đã họp dân.",
	  "Đã có tám trên mười thôn hoàn thành, tại mười hai trên mười hai thôn đã họp dân." },
	{ "Ngày 12/12 thôn Đông tổ chức họp.",
	  "Ngày mười hai tháng mười hai thôn Đông tổ chức họp." },
	{ "Đại biểu đạt 5.678/5.700 phiếu; có 45/50 học sinh đạt giải.",
	  "Đại biểu đạt năm nghìn sáu trăm bảy mươi tám trên năm nghìn bảy trăm phiếu; có bốn mươi lăm trên năm mươi học sinh đạt giải." },
	{ "Trạm Y tế trực 24/24 giờ; bản đồ tỷ lệ 1/2000.",
	  "Trạm Y tế trực hai mươi tư trên hai mươi tư giờ; bản đồ tỷ lệ một phần hai nghìn." },
	/* Ranges with spaced dashes, day ranges, service numbers, weekdays */
	{ "Kỷ niệm 96 năm ngày thành lập Đảng (03/02/1930 - 03/02/2026).",
	  "Kỷ niệm chín mươi sáu năm ngày thành lập Đảng (ngày ba tháng hai năm một nghìn chín trăm ba mươi đến ngày ba tháng hai năm hai nghìn không trăm hai mươi sáu)." },
	{ "Khám sức khỏe từ 01 - 05/12/2026 tại Trạm Y tế xã.",
	  "Khám sức khỏe từ ngày một đến ngày năm tháng mười hai năm hai nghìn không trăm hai mươi sáu tại Trạm Y tế xã." },
	{ "Mức phạt từ 10.000.000 đồng – 20.000.000 đồng.",
	  "Mức phạt từ mười triệu đồng đến hai mươi triệu đồng." },
	{ "Lễ hội diễn ra từ ngày 10-12 tháng Giêng.",
	  "Lễ hội diễn ra từ ngày mười đến ngày mười hai tháng Giêng." },
	{ "Phun hóa chất diệt muỗi từ ngày 27-7 đến 29-7.",
	  "Phun hóa chất diệt muỗi từ ngày hai mươi bảy tháng bảy đến ngày hai mươi chín tháng bảy." },
	{ "Hotline Vietcombank: 1900 545413.",
	  "hót lai việt com banh, một chín không không, năm bốn năm bốn một ba." },
	{ "Tiếp dân T2-T6, sáng T7 ngày 14/3 và CN ngày 15/3.",
	  "Tiếp dân thứ hai đến thứ sáu, sáng thứ bảy ngày mười bốn tháng ba và Chủ nhật ngày mười lăm tháng ba." },
	{ "Làm việc cả thứ bảy, CN; tầng T2 nhà A.",
	  "Làm việc cả thứ bảy, Chủ nhật; tầng tê hai nhà A." },
	/* Numbered roads, flood alarms, dust */
	{ "Phân luồng trên ĐT.353, TL 391 và ĐH.05; QL.10 thông xe.",
	  "Phân luồng trên đường tỉnh ba trăm năm mươi ba, tỉnh lộ ba trăm chín mươi mốt và đường huyện không năm; quốc lộ mười thông xe." },
	{ "TL. CHỦ TỊCH",
	  "thừa lệnh chủ tịch" },
	{ "Mực nước lên mức BĐ2, có nơi trên BĐIII 0,15m.",
	  "Mực nước lên mức báo động hai, có nơi trên báo động ba không phẩy mười lăm mét." },
	{ "Nồng độ bụi PM2.5 và PM10 vượt ngưỡng.",
	  "Nồng độ bụi pê mờ hai phẩy năm và pê mờ mười vượt ngưỡng." },
	{ "Tiếp nhận hồ sơ từ thứ 2 đến thứ 6 (trừ thứ 7, CN).",
	  "Tiếp nhận hồ sơ từ thứ hai đến thứ sáu (trừ thứ bảy, Chủ nhật)." },
	/* Counts written with a zero, weekday false friends, headings after ';',
	 * initials before a number */
	{ "Từ đầu năm xảy ra 03 vụ, bắt giữ 02 đối tượng; mỗi hộ có ít nhất 01 bình chữa cháy.",
	  "Từ đầu năm xảy ra ba vụ, bắt giữ hai đối tượng; mỗi hộ có ít nhất một bình chữa cháy." },
	{ "Thực hiện Đề án 06 của Chính phủ tại phòng 05.",
	  "Thực hiện Đề án không sáu của Chính phủ tại phòng không năm." },
	{ "Cắt điện trạm biến áp T3, T5; làm việc T7 và CN.",
	  "Cắt điện trạm biến áp tê ba, tê năm; làm việc thứ bảy và Chủ nhật." },
	{ "Tài liệu gồm: I. Nhận diện; II. Nhãn AI; III. Kênh báo tin.",
	  "Tài liệu gồm, một. Nhận diện; hai. Nhãn ây ai; ba. Kênh báo tin." },
	{ "Bà Nguyễn Thị H., 68 tuổi, trú tại TP. Hải Phòng.",
	  "Bà Nguyễn Thị hát., sáu mươi tám tuổi, trú tại thành phố Hải Phòng." },
	/* Account, card and tax numbers written in one run */
	{ "Chuyển khoản vào số tài khoản 1234567890 tại ngân hàng.",
	  "Chuyển khoản vào số tài khoản một hai ba bốn, năm sáu bảy, tám chín không tại ngân hàng." },
	{ "Mã số thuế 0101234567; dân số 1000000 người.",
	  "Mã số thuế không một không một, hai ba bốn, năm sáu bảy; dân số một triệu người." },
	/* Streets named after dates, lanes, heights, a scale per month */
	{ "Trụ sở tại số 10 đường 3/2, ngõ 12/3 phố Lê Lợi.",
	  "Trụ sở tại số mười đường ba tháng hai, ngõ mười hai trên ba phố Lê Lợi." },
	{ "Thanh niên cao từ 1m60 trở lên; lương 1,5 tr/tháng.",
	  "Thanh niên cao từ một mét sáu mươi trở lên; lương một phẩy năm triệu một tháng." },
	/* Addresses in Vietnamese written without marks */
	{ "Phản ánh tại tienminh.haiphong.gov.vn hoặc vanhoaxa@haiphong.gov.vn.",
	  "Phản ánh tại tiên minh chấm hải phòng chấm gov chấm vi en hoặc văn hóa xã a còng hải phòng chấm gov chấm vi en." },
	{ "Thư giả mạo gửi từ hotro.vcb@gmail.com, tra cứu tại thuvienphapluat.vn.",
	  "Thư giả mạo gửi từ hỗ trợ chấm vê xê bê a còng gờ meo chấm com, tra cứu tại thư viện pháp luật chấm vi en." },
	/* Built-in dictionary: loanwords, brands, commune abbreviations */
	{ "Đối tượng giả danh nhân viên Cty tài chính gọi qua Zoom, Google Meet hoặc Microsoft Teams để yêu cầu chuyển tiền.",
	  "Đối tượng giả danh nhân viên công ty tài chính gọi qua dum, gu gồ mít hoặc mai cờ rô sốp tim để yêu cầu chuyển tiền." },
	{ "Không bấm vào link lạ gửi qua WhatsApp, Threads hoặc Outlook, kể cả khi có logo của ngân hàng.",
	  "Không bấm vào linh lạ gửi qua oát áp, thờ rét hoặc ao lúc, kể cả khi có lô gô của ngân hàng." },
	{ "Ngân hàng VPBank, TPBank, Sacombank, HDBank khuyến cáo không cung cấp mã OTP khi dùng Smart Banking.",
	  "Ngân hàng vê pê banh, tê pê banh, sa com banh, hát đê banh khuyến cáo không cung cấp mã ô tê pê khi dùng xờ mát banh king." },
	{ "Khách hàng LPBank, SeABank, MBBank chỉ đăng nhập iBanking, eBanking qua ứng dụng chính thức.",
	  "Khách hàng lờ pê banh, xê a banh, mờ bê banh chỉ đăng nhập ai banh king, i banh king qua ứng dụng chính thức." },
	{ "Thủ đoạn phishing và ransomware nhắm vào người dùng iPad, laptop, điện thoại Samsung, Oppo, Xiaomi, Vivo, Nokia.",
	  "Thủ đoạn phi sinh và ran xơm que nhắm vào người dùng ai pét, láp tốp, điện thoại xam sung, óp pô, xi ao mi, vi vô, nô ki a." },
	{ "Các nhóm trên page, group mời like, share, comment, tag bạn bè để nhận quà free là lừa đảo.",
	  "Các nhóm trên pết, gờ rúp mời lai, se, com men, tác bạn bè để nhận quà phờ ri là lừa đảo." },
	{ "Không inbox, chat hay check link do người lạ gửi qua Messenger.",
	  "Không in bốc, chát hay chéc linh do người lạ gửi qua mét xen giơ." },
	{ "Đối tượng mạo danh idol, influencer rao bán tour, combo du lịch giá deal sốc.",
	  "Đối tượng mạo danh ai đồ, in phờ lu en xơ rao bán tua, com bô du lịch giá đin sốc." },
	{ "Kẻ gian hack tài khoản rồi đổi pass, dùng nick của nạn nhân để vay tiền bạn bè.",
	  "Kẻ gian hách tài khoản rồi đổi pát, dùng ních của nạn nhân để vay tiền bạn bè." },
	{ "Các sàn coin như Binance bị lợi dụng để dụ người dân trading, đầu tư Metaverse, blockchain.",
	  "Các sàn coi như bai nan bị lợi dụng để dụ người dân trây đinh, đầu tư mê ta vơ, bờ lốc chen." },
	{ "Cảnh giác với app giả mạo eTax Mobile, ứng dụng thanh toán ShopeePay, Gojek và ví điện tử qua Napas 247.",
	  "Cảnh giác với áp giả mạo i tắc mô bai, ứng dụng thanh toán sốp pi pây, gô giéc và ví điện tử qua na pát hai trăm bốn mươi bảy." },
	{ "Không bật webcam, micro trên máy tính khi gọi video call với người lạ qua Chrome.",
	  "Không bật oép cam, mi cờ rô trên máy tính khi gọi vi đê ô côn với người lạ qua cờ rôm." },
	{ "Tin nhắn brandname giả mạo yêu cầu cung cấp số seri SIM và số series thẻ cào.",
	  "Tin nhắn bờ ren nêm giả mạo yêu cầu cung cấp số sê ri sim và số sê ri thẻ cào." },
	{ "Thiết bị IoT, robot hút bụi, camera cloud cũng có thể bị kẻ gian xâm nhập, đánh cắp big data.",
	  "Thiết bị ai ô ti, rô bốt hút bụi, ca mê ra cờ lao cũng có thể bị kẻ gian xâm nhập, đánh cắp bích đa ta." },
	{ "Trạm Y tế xã tổ chức tiêm vắc xin sởi - rubella và uống bOPV cho trẻ dưới 5 tuổi.",
	  "Trạm Y tế xã tổ chức tiêm vắc xin sởi, ru bê la và uống bê ô pê vê cho trẻ dưới năm tuổi." },
	{ "Trẻ dưới 1 tuổi được tiêm vắc xin 5 trong 1 phòng bạch hầu, ho gà, uốn ván, VGB và Hib.",
	  "Trẻ dưới một tuổi được tiêm vắc xin năm trong một phòng bạch hầu, ho gà, uốn ván, viêm gan bê và híp." },
	{ "Sau bão Yagi, người dân dùng Cloramin B để khử trùng nguồn nước sinh hoạt.",
	  "Sau bão ia ghi, người dân dùng cờ lo ra min bê để khử trùng nguồn nước sinh hoạt." },
	{ "Bón thúc cho lúa bằng phân urê kết hợp kali, không lạm dụng thuốc diệt cỏ glyphosate, Paraquat.",
	  "Bón thúc cho lúa bằng phân u rê kết hợp ca li, không lạm dụng thuốc diệt cỏ gờ li phô sát, pa ra quát." },
	{ "Đội tuyển bóng đá nữ tham dự SEA Games 33, Festival hoa Đà Lạt diễn ra cùng thời điểm.",
	  "Đội tuyển bóng đá nữ tham dự xi ghêm ba mươi ba, phét ti van hoa Đà Lạt diễn ra cùng thời điểm." },
	{ "BCH Quân sự xã phối hợp với Ban CHQS các thôn rà soát thanh niên trong độ tuổi gọi nhập ngũ.",
	  "ban chỉ huy quân sự xã phối hợp với Ban chỉ huy quân sự các thôn rà soát thanh niên trong độ tuổi gọi nhập ngũ." },
	{ "Bộ CHQS tỉnh tổ chức huấn luyện cho lực lượng DQTT và QNDB năm 2027.",
	  "Bộ chỉ huy quân sự tỉnh tổ chức huấn luyện cho lực lượng dân quân thường trực và quân nhân dự bị năm hai nghìn không trăm hai mươi bảy." },
	{ "Đoàn TNCS Hồ Chí Minh, Hội CCB, Hội ND và Hội LHPN xã ra quân làm vệ sinh môi trường.",
	  "Đoàn thanh niên cộng sản Hồ Chí Minh, Hội cựu chiến binh, Hội nông dân và Hội liên hiệp phụ nữ xã ra quân làm vệ sinh môi trường." },
	{ "Hội NCT và Hội CTĐ xã trao quà cho NCC và HGĐ có hoàn cảnh ĐBKK.",
	  "Hội người cao tuổi và Hội chữ thập đỏ xã trao quà cho người có công và hộ gia đình có hoàn cảnh đặc biệt khó khăn." },
	{ "Các tổ chức CT-XH tuyên truyền về sắp xếp ĐVHC và mô hình CQĐP hai cấp.",
	  "Các tổ chức chính trị xã hội tuyên truyền về sắp xếp đơn vị hành chính và mô hình chính quyền địa phương hai cấp." },
	{ "Phòng VH-XH xã hướng dẫn hồ sơ hưởng chính sách cho NCT và người thuộc diện CSXH.",
	  "Phòng văn hóa xã hội xã hướng dẫn hồ sơ hưởng chính sách cho người cao tuổi và người thuộc diện chính sách xã hội." },
	{ "UBND xã trao GCNQSDĐ cho 45 hộ, đồng thời hướng dẫn thủ tục cấp GCN tại TTPVHCC.",
	  "ủy ban nhân dân xã trao giấy chứng nhận quyền sử dụng đất cho bốn mươi lăm hộ, đồng thời hướng dẫn thủ tục cấp giấy chứng nhận tại trung tâm phục vụ hành chính công." },
	{ "BTV Đảng ủy xã họp dưới sự chủ trì của đồng chí PBT TT Đảng ủy.",
	  "ban thường vụ Đảng ủy xã họp dưới sự chủ trì của đồng chí phó bí thư thường trực Đảng ủy." },
	{ "Tết Trung thu rằm tháng 8 ÂL, trường MN Hoa Sen và trường TH Kim Đồng tổ chức vui hội trăng rằm.",
	  "Tết Trung thu rằm tháng tám âm lịch, trường mầm non Hoa Sen và trường tiểu học Kim Đồng tổ chức vui hội trăng rằm." },
	{ "Mực nước sông Hồng tại Hà Nội đang ở mức BĐ2 và có khả năng lên BĐ3 vào chiều nay.",
	  "Mực nước sông Hồng tại Hà Nội đang ở mức báo động hai và có khả năng lên báo động ba vào chiều nay." },
	{ "Thực hiện CV 45 của UBND huyện và KH 12 của Đảng ủy, xã triển khai rà soát hộ nghèo.",
	  "Thực hiện công văn bốn mươi lăm của ủy ban nhân dân huyện và kế hoạch mười hai của Đảng ủy, xã triển khai rà soát hộ nghèo." },
	{ "Người dân có thể vay vốn NHCSXH để phát triển SXKD, XKLĐ hoặc học nghề.",
	  "Người dân có thể vay vốn Ngân hàng Chính sách xã hội để phát triển sản xuất kinh doanh, xuất khẩu lao động hoặc học nghề." },
	{ "Cơ sở kinh doanh phải có GPKD, GCNĐKKD và hợp đồng lao động với NLĐ.",
	  "Cơ sở kinh doanh phải có giấy phép kinh doanh, giấy chứng nhận đăng ký kinh doanh và hợp đồng lao động với người lao động." },
	{ "Tăng cường công tác PCCN, PCCCR trong mùa khô, nhất là ở các KDC gần rừng.",
	  "Tăng cường công tác phòng chống cháy nổ, phòng cháy chữa cháy rừng trong mùa khô, nhất là ở các khu dân cư gần rừng." },
	{ "Trường học phối hợp với BĐDCMHS và GVCN phòng chống bệnh TCM, SXH cho HSSV.",
	  "Trường học phối hợp với ban đại diện cha mẹ học sinh và giáo viên chủ nhiệm phòng chống bệnh tay chân miệng, sốt xuất huyết cho học sinh, sinh viên." },
	{ "Người dân đưa trẻ đi tiêm chủng theo lịch TCMR, phòng bệnh VNNB và viêm gan B.",
	  "Người dân đưa trẻ đi tiêm chủng theo lịch tiêm chủng mở rộng, phòng bệnh viêm não Nhật Bản và viêm gan bê." },
	{ "Hộ dân cài ứng dụng VssID, VNeID và tra cứu thông tin trên baohiemxahoi.gov.vn.",
	  "Hộ dân cài ứng dụng vê ét ét ai đi, vê nờ e ai đi và tra cứu thông tin trên bảo hiểm xã hội chấm gov chấm vi en." },
	{ "Thông tin chính thức được đăng trên thuvienphapluat.vn, nhandan.vn và dichvucong.gov.vn.",
	  "Thông tin chính thức được đăng trên thư viện pháp luật chấm vi en, nhân dân chấm vi en và dịch vụ công chấm gov chấm vi en." },
	{ "Người dân không cung cấp tài khoản Gmail, Yahoo, Outlook cho người lạ gọi qua Zoom.",
	  "Người dân không cung cấp tài khoản gi meo, da hu, ao lúc cho người lạ gọi qua dum." },
	{ "Xã tổ chức Festival văn hóa ẩm thực, có gala ca nhạc, show diễn và workshop cho thanh niên.",
	  "Xã tổ chức phét ti van văn hóa ẩm thực, có ga la ca nhạc, sô diễn và uốc sốp cho thanh niên." },
	{ "Lưu ý khi check-in khách sạn, homestay: không chụp ảnh passport đăng lên Facebook.",
	  "Lưu ý khi chéc in khách sạn, hôm xờ tây, không chụp ảnh pát pọt đăng lên phây búc." },
	{ "Hộ sản xuất lúa theo tiêu chuẩn VietGAP, GlobalGAP, sản phẩm OCOP được chứng nhận ISO.",
	  "Hộ sản xuất lúa theo tiêu chuẩn việt gáp, gờ lô bồ gáp, sản phẩm ô cốp được chứng nhận i sô." },
	{ "Không mua thuốc paracetamol, vitamin, collagen trôi nổi qua livestream, TikTok Shop.",
	  "Không mua thuốc pa ra xê ta mon, vi ta min, cô la gien trôi nổi qua lai xờ trim, tích tốc sốp." },
	{ "Kẻ gian gửi file Word, Excel chứa mã độc qua email, dụ nạn nhân download và update.",
	  "Kẻ gian gửi phai uốt, ếch xeo chứa mã độc qua i meo, dụ nạn nhân đao lốt và ấp đết." },
	{ "Người dân chỉ cài TeamViewer, UltraViewer, AnyDesk khi có cán bộ kỹ thuật hỗ trợ trực tiếp.",
	  "Người dân chỉ cài tim viu ơ, un tra viu ơ, e ni đét khi có cán bộ kỹ thuật hỗ trợ trực tiếp." },
	{ "Công an xã phối hợp với BĐBP và CATP triển khai phòng chống tội phạm ma túy như heroin, ketamine.",
	  "Công an xã phối hợp với bộ đội biên phòng và công an thành phố triển khai phòng chống tội phạm ma túy như hê rô in, kê ta min." },
	{ "Giáo viên hướng dẫn học sinh không chia sẻ nickname, avatar, profile cá nhân trên Discord, WeChat.",
	  "Giáo viên hướng dẫn học sinh không chia sẻ ních nêm, a va ta, pờ rô phai cá nhân trên đít cọt, uy chát." },
	{ "Thời hạn nộp hồ sơ qua bộ phận TN&TKQ của UBND xã là ngày 15/12/2026.",
	  "Thời hạn nộp hồ sơ qua bộ phận tiếp nhận và trả kết quả của ủy ban nhân dân xã là ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu." },
	{ "Chi nhánh VPĐKĐĐ hướng dẫn ĐKĐĐ và cấp GCN cho HGĐ, cá nhân.",
	  "Chi nhánh văn phòng đăng ký đất đai hướng dẫn đăng ký đất đai và cấp giấy chứng nhận cho hộ gia đình, cá nhân." },
	{ "Mua iPhone 15 Pro Max giá rẻ trên flash sale, freeship, cashback là thủ đoạn thường gặp.",
	  "Mua ai phôn mười lăm pờ rô mác giá rẻ trên phờ lát sêu, phờ ri síp, cát bách là thủ đoạn thường gặp." },
	{ "Khuyến cáo không dùng wifi công cộng để truy cập Mobile Banking, tài khoản Apple ID hay Google Drive.",
	  "Khuyến cáo không dùng oai phai công cộng để truy cập mô bai banh king, tài khoản áp pồ ai đi hay gu gồ đờ rai." },
	/* More from the review of AI-law and safety announcements */
	{ "Công nghệ voice clone, face swap tạo ra giọng nói, hình ảnh giả.",
	  "Công nghệ voi cờ lôn, phây xoáp tạo ra giọng nói, hình ảnh giả." },
	{ "Các ứng dụng ChatGPT, Gemini, Copilot không thay thế thông tin chính thống.",
	  "Các ứng dụng chát gi pi ti, giê mi nai, cô pai lốt không thay thế thông tin chính thống." },
	{ "Đối tượng Lê Văn T. (SN 1995) vi phạm Điều 288 BLHS.",
	  "Đối tượng Lê Văn tê. (sinh năm một nghìn chín trăm chín mươi lăm) vi phạm Điều hai trăm tám mươi tám bộ luật hình sự." },
	{ "Nồng độ cồn không vượt quá 50 mg/100 ml máu.",
	  "Nồng độ cồn không vượt quá năm mươi mi li gam trên một trăm mi li lít máu." },
	{ "Không dùng bình gas mini cũ; nhà trọ phải có đèn EXIT.",
	  "Không dùng bình ga mi ni cũ; nhà trọ phải có đèn ếch xít." },
	{ "Đăng ký tại Trung tâm GDNN-GDTX; nhóm Zalo Tổ CNS thôn Đông.",
	  "Đăng ký tại Trung tâm giáo dục nghề nghiệp, giáo dục thường xuyên; nhóm da lô Tổ công nghệ số thôn Đông." },
	/* Round three of the review: companies, offices, forms */
	{ "Cty TNHH MTV Thành Công, CTCP Đông Á và Công ty CP Sông Đà.",
	  "công ty trách nhiệm hữu hạn một thành viên Thành Công, công ty cổ phần Đông Á và công ty cổ phần Sông Đà." },
	{ "Truy cứu TNHS; bảo đảm QP-AN; Đài PT-TH và Trung tâm KTTV.",
	  "Truy cứu trách nhiệm hình sự; bảo đảm quốc phòng, an ninh; Đài phát thanh, truyền hình và Trung tâm khí tượng thủy văn." },
	{ "Kỳ họp HĐND-UBND; BS.CKI Nguyễn Văn An; Ô. Trần Văn Bình.",
	  "Kỳ họp hội đồng nhân dân, ủy ban nhân dân; bác sĩ chuyên khoa một Nguyễn Văn An; ông Trần Văn Bình." },
	{ "Tel: 0225 3842 113; kính gửi a/c và ACE trong thôn.",
	  "điện thoại, không hai hai năm, ba tám bốn hai, một một ba; kính gửi anh chị và anh chị em trong thôn." },
	{ "Che phủ nilon, uống Tamiflu, tra ảnh bằng Google Lens.",
	  "Che phủ ni lông, uống ta mi phờ lu, tra ảnh bằng gu gồ len." },
	{ "Xem tingia.gov.vn, nchmf.gov.vn; gửi motcua.tienminh@haiphong.gov.vn.",
	  "Xem tin giả chấm gov chấm vi en, nờ xê hát mờ ép chấm gov chấm vi en; gửi một cửa chấm tiên minh a còng hải phòng chấm gov chấm vi en." },
	{ "Liên hệ ĐT 0904 567 123; đường ĐT 391 sửa xong.",
	  "Liên hệ điện thoại không chín không bốn, năm sáu bảy, một hai ba; đường tỉnh ba trăm chín mươi mốt sửa xong." },
	{ "Đường dài 1.5 km, cao 2.5 m; năng suất 60 tạ mỗi ha.",
	  "Đường dài một phẩy năm ki lô mét, cao hai phẩy năm mét; năng suất sáu mươi tạ mỗi héc ta." },
	{ "Từ nay – cuối tháng 12 cấm thả rông; từ đó - theo báo cáo.",
	  "Từ nay đến cuối tháng mười hai cấm thả rông; từ đó, theo báo cáo." },
	{ "Môn Toán 45', nồng độ 0,25‰, Văn bản № 15, § 3.",
	  "Môn Toán bốn mươi lăm phút, nồng độ không phẩy hai mươi lăm phần nghìn, Văn bản số mười lăm, mục ba." },
	{ "Giảm ½ khối lượng; mất 1½ giờ; trực 24/24 giờ; nghỉ 1/2 giờ.",
	  "Giảm một phần hai khối lượng; mất một và một phần hai giờ; trực hai mươi tư trên hai mươi tư giờ; nghỉ một phần hai giờ." },
	{ "Lô đất số 15/3 thôn Đông; Nghị định số 12/2025.",
	  "Lô đất số mười lăm trên ba thôn Đông; Nghị định số mười hai, hai nghìn không trăm hai mươi lăm." },
	{ "Theo TCVN 5574:2018 và QCVN 01:2021/BXD.",
	  "Theo tê xê vê nờ năm nghìn năm trăm bảy mươi tư, hai nghìn không trăm mười tám và quy xê vê nờ không một, hai nghìn không trăm hai mươi mốt, bê ích đê." },
	{ "Điện thoại (0225) 3.842.113 hoặc (0225) 3842113; hỗ trợ qua số 1022.",
	  "Điện thoại không hai hai năm, ba, tám bốn hai, một một ba hoặc không hai hai năm, ba tám bốn hai, một một ba; hỗ trợ qua số một không hai hai." },
	{ "Hưởng ứng chiến dịch #NoiKhongVoiMaTuy.",
	  "Hưởng ứng chiến dịch nói không với ma túy." },
	/* Round four of the review: document footers, tables, targets */
	{ "Nơi nhận: - Như Điều 3; - Lưu: VT.",
	  "Nơi nhận, Như Điều ba; Lưu, văn thư." },
	{ "Gửi UBND thành phố (để b/c), các thôn (để t/h), MTTQ (để p/h).",
	  "Gửi ủy ban nhân dân thành phố (để báo cáo), các thôn (để thực hiện), mặt trận tổ quốc (để phối hợp)." },
	{ "Q. CHỦ TỊCH; Q. Lê Chân; TT Đảng ủy; Cổng TTĐT xã.",
	  "quyền chủ tịch; quận Lê Chân; thường trực Đảng ủy; Cổng thông tin điện tử xã." },
	{ "STT 1: Thôn Đông - 125 hộ; Tổ dân phố số 5 - 342 hộ.",
	  "số thứ tự một, Thôn Đông, một trăm hai mươi lăm hộ; Tổ dân phố số năm, ba trăm bốn mươi hai hộ." },
	{ "đ) Đối tượng BTXH, hộ tái định cư khu TĐC.",
	  "đê) Đối tượng bảo trợ xã hội, hộ tái định cư khu tái định cư." },
	{ "Thu ngân sách đạt 45,2 tỷ/60 tỷ đồng; giải quyết 2.301/2.345 hồ sơ; 450/400 lao động có việc làm.",
	  "Thu ngân sách đạt bốn mươi lăm phẩy hai tỷ trên sáu mươi tỷ đồng; giải quyết hai nghìn ba trăm linh một trên hai nghìn ba trăm bốn mươi lăm hồ sơ; bốn trăm năm mươi trên bốn trăm lao động có việc làm." },
	{ "Mức đóng 379.080 đồng/12 tháng, tức 500.000đ/3 tháng.",
	  "Mức đóng ba trăm bảy mươi chín nghìn không trăm tám mươi đồng cho mười hai tháng, tức năm trăm nghìn đồng cho ba tháng." },
	{ "Phun thuốc Beam 75WP hoặc Filia 525SE; trẻ tiêm vaccine 5in1.",
	  "Phun thuốc bim bảy mươi lăm vê kép pê hoặc phi li a năm trăm hai mươi lăm ét e; trẻ tiêm vắc xin năm trong một." },
	{ "Sạt lở tại Km12+500; mạng 3G/4G/5G vẫn hoạt động.",
	  "Sạt lở tại ki lô mét mười hai cộng năm trăm; mạng ba gờ, bốn gờ, năm gờ vẫn hoạt động." },
	{ "Không tham gia cá cược trên fun88, bong88, w88.",
	  "Không tham gia cá cược trên phăn tám tám, bong tám tám, vê kép tám tám." },
	/* Round five of the review: scores, holidays, timetables */
	{ "Kết quả: thôn Đông 2-1 thôn Đoài; đội Nam thắng 3-0.",
	  "Kết quả, thôn Đông hai một thôn Đoài; đội Nam thắng ba không." },
	{ "Đội A thắng với tỷ số 3-1 (25-20, 25-18, 23-25, 25-22); nhận 2 HCV, 1 HCB.",
	  "Đội A thắng với tỷ số ba một (hai mươi lăm hai mươi, hai mươi lăm mười tám, hai mươi ba hai mươi lăm, hai mươi lăm hai mươi hai); nhận hai huy chương vàng, một huy chương bạc." },
	{ "Thôn Đông 3-5 hộ chưa nộp; trẻ 6-14 tuổi.",
	  "Thôn Đông ba đến năm hộ chưa nộp; trẻ sáu đến mười bốn tuổi." },
	{ "Chào mừng Quốc tế Lao động 1/5 và Quốc tế Thiếu nhi 1/6.",
	  "Chào mừng Quốc tế Lao động ngày một tháng năm và Quốc tế Thiếu nhi ngày một tháng sáu." },
	{ "Trạm trực 24/24h; mở cửa T2 - T6: 8h - 17h; T7: 8h - 11h.",
	  "Trạm trực hai mươi tư trên hai mươi tư giờ; mở cửa thứ hai đến thứ sáu, tám giờ đến mười bảy giờ; thứ bảy, tám giờ đến mười một giờ." },
	{ "Tiêm phòng LMLM, DTLCP; cắt điện TBA Đông 3.",
	  "Tiêm phòng lở mồm long móng, dịch tả lợn châu Phi; cắt điện trạm biến áp Đông ba." },
	{ "Giá xăng RON95-III, dầu DO giảm; Sđt: 0912 345 678.",
	  "Giá xăng rôn chín mươi lăm ba, dầu đê ô giảm; số điện thoại, không chín một hai, ba bốn năm, sáu bảy tám." },
	{ "Xem tại tuyensinh.hanoi.edu.vn; sửa đường ĐT.379.",
	  "Xem tại tuyển sinh chấm hà nội chấm e đu chấm vi en; sửa đường tỉnh ba trăm bảy mươi chín." },
	/* Round five of the review: the mission bulletins */
	{ "Đối tượng lừa sang Campuchia, Myanmar làm việc; giả danh Vietlott báo trúng Jackpot.",
	  "Đối tượng lừa sang Cam pu chia, Mi an ma làm việc; giả danh Việt lót báo trúng giắc pót." },
	{ "Vào Cài đặt > Quyền riêng tư > Chặn; đặt mật khẩu có ký tự @ hoặc #.",
	  "Vào Cài đặt, Quyền riêng tư, Chặn; đặt mật khẩu có ký tự a còng hoặc thăng." },
	{ "Không đặt mật khẩu 12031985 hay 123456; không bấm **21* theo hướng dẫn.",
	  "Không đặt mật khẩu một hai không ba, một chín tám năm hay một hai ba bốn năm sáu; không bấm sao sao hai một sao theo hướng dẫn." },
	{ "Tổng đài quốc gia bảo vệ trẻ em 111 hoạt động 24/7.",
	  "Tổng đài quốc gia bảo vệ trẻ em một một một hoạt động hai mươi tư trên bảy." },
	{ "Trang phatnguoi-vn.top và chongluadao.vn; có tới 1/3 số vụ.",
	  "Trang phạt nguội gạch ngang vi en chấm tóp và chống lừa đảo chấm vi en; có tới một phần ba số vụ." },
	{ "Gọi CSKH của EVNHANOI; khách VIP mua vàng 9999.",
	  "Gọi chăm sóc khách hàng của e vê nờ Hà Nội; khách víp mua vàng bốn số chín." },
	/* Placeholders, passwords */
	{ "Báo cáo tin nhắn rác: soạn S <nội dung tin nhắn> gửi 5656.",
	  "Báo cáo tin nhắn rác, soạn ét, nội dung tin nhắn, gửi năm sáu năm sáu." },
	{ "Không đặt mật khẩu là ngày sinh như 12031985 hay dãy số dễ đoán như 123456.",
	  "Không đặt mật khẩu là ngày sinh như một hai không ba, một chín tám năm hay dãy số dễ đoán như một hai ba bốn năm sáu." },
	/* Round six of the review (held out): addresses, per, initials */
	{ "Gửi về hoiphunu.tanlap@gmail.com hoặc tanlap.namsach.haiduong.gov.vn.",
	  "Gửi về hội phụ nữ chấm tân lập a còng gờ meo chấm com hoặc tân lập chấm nam sách chấm hải dương chấm gov chấm vi en." },
	{ "Mỗi lớp tối đa 40 người/lớp, 15 phút/bản tin, 2 giờ/ngày.",
	  "Mỗi lớp tối đa bốn mươi người một lớp, mười lăm phút một bản tin, hai giờ trên ngày." },
	{ "Bà Nguyễn Thị H. (65 tuổi) bị lừa; xem Luật An toàn thông tin mạng 2015.",
	  "Bà Nguyễn Thị hát. (sáu mươi lăm tuổi) bị lừa; xem Luật An toàn thông tin mạng hai nghìn không trăm mười lăm." },
	{ "Tổ công tác Đề án 06 xã; các nước ASEAN; truyền hình MyTV.",
	  "Tổ công tác Đề án không sáu xã; các nước a xê an; truyền hình mai ti vi." },
	{ "Tài khoản MXH giả danh Ban QLDA; ứng dụng ChatGPT Pro; vé Vietjet Air; xe Honda Wave.",
	  "Tài khoản mạng xã hội giả danh Ban quản lý dự án; ứng dụng chát gi pi ti pờ rô; vé Việt giét e; xe hon đa oay." },
	/* Round seven of the review (held out): files, rates, brands */
	{ "Không tải tệp DichVuCong.apk hay baocao.pdf gửi qua Zalo.",
	  "Không tải tệp dịch vụ công chấm a pê ca hay báo cáo chấm pê đê ép gửi qua da lô." },
	{ "Theo VnExpress, ứng dụng VCB Digibank, iPay đã gắn watermark.",
	  "Theo vi en ếch pờ rét, ứng dụng vê xê bê đi gi banh, ai pây đã gắn oát tơ mác." },
	{ "Phủ sóng trên 100 Mbps; thành lập 01 Tổ công nghệ số; kết nối hệ thống SIMO.",
	  "Phủ sóng trên một trăm mê ga bít trên giây; thành lập một Tổ công nghệ số; kết nối hệ thống xi mô." },
	/* Round eight of the review (held out): flats, wards, rural words */
	{ "Ban quản trị chung cư thông báo: căn hộ P.1205 tòa A2 và căn 1508 nộp phí.",
	  "Ban quản trị chung cư thông báo, căn hộ phòng mười hai linh năm tòa a hai và căn mười lăm linh tám nộp phí." },
	{ "Địa chỉ: 25 Lê Lợi, P.5, Q.3; phòng 305.",
	  "Địa chỉ, hai mươi lăm Lê Lợi, phường năm, quận ba; phòng ba trăm linh năm." },
	{ "Cà phê Arabica, chè Shan tuyết; sạt lở taluy; ngộ độc khí CO.",
	  "Cà phê a ra bi ca, chè san tuyết; sạt lở ta luy; ngộ độc khí xê ô." },
	{ "Trường PTDTBT THCS Nậm Búng; góp ý qua gopy@mst.gov.vn.",
	  "Trường phổ thông dân tộc bán trú trung học cơ sở Nậm Búng; góp ý qua góp ý a còng mờ ét tê chấm gov chấm vi en." },
	{ "Kiểm định thang máy năm 2026; tọa đàm qua điện thoại cho 150 hội viên.",
	  "Kiểm định thang máy năm hai nghìn không trăm hai mươi sáu; tọa đàm qua điện thoại cho một trăm năm mươi hội viên." },
	{ "Tuyển dụng giả trên LinkedIn; vé concert bán qua Ticketbox.",
	  "Tuyển dụng giả trên linh đin; vé con xớt bán qua tích kê bốc." },
	/* Round nine of the review (held out): police and press texts */
	{ "Cơ quan CSĐT phối hợp Viện KSND tỉnh điều tra đường dây ở Malaysia.",
	  "Cơ quan cảnh sát điều tra phối hợp Viện kiểm sát nhân dân tỉnh điều tra đường dây ở Ma lai xi a." },
	{ "Thu giữ 3.400 sim điện thoại và 560 thiết bị; xã đạt 86,45/100 điểm.",
	  "Thu giữ ba nghìn bốn trăm sim điện thoại và năm trăm sáu mươi thiết bị; xã đạt tám mươi sáu phẩy bốn mươi lăm trên một trăm điểm." },
	{ "Mời đầu tư sàn MT5 Gold, tặng xe Mercedes; cài ứng dụng nTrust.",
	  "Mời đầu tư sàn mờ tê năm gôn, tặng xe mẹc xê đét; cài ứng dụng en trớt." },
	/* Round ten of the review (held out): phones, shops, passwords */
	{ "Máy Redmi Note 15 pin 5.000 mAh, mở khóa bằng Face ID.",
	  "Máy rét mi nốt mười lăm pin năm nghìn mi li am pe giờ, mở khóa bằng phây ai đi." },
	{ "Không kết nối Wi-Fi lạ ngoài mạng NVH_ThonDong; tên Simon giữ nguyên.",
	  "Không kết nối oai phai lạ ngoài mạng nờ vê hát thôn đông; tên Simon giữ nguyên." },
	{ "Săn khuyến mãi 12.12 và 11.11 cẩn thận; phiên bản 1.1 đã cũ.",
	  "Săn khuyến mãi mười hai mười hai và mười một mười một cẩn thận; phiên bản một chấm một đã cũ." },
	{ "Đặt mật khẩu mạnh như \"Abc@2026\".",
	  "Đặt mật khẩu mạnh như a bê xê a còng hai không hai sáu." },
	/* Round ten of the review (held out): the sea */
	{ "Tàu cá QN-90123-TS và NĐ-92567-TS đã vào nơi tránh trú.",
	  "Tàu cá quy nờ, chín không một hai ba, tê ét và nờ đê, chín hai năm sáu bảy, tê ét đã vào nơi tránh trú." },
	{ "Tâm áp thấp ở khoảng 19,5°N - 109,2°E; tàu ở tọa độ 20°15'N - 107°30'E.",
	  "Tâm áp thấp ở khoảng mười chín phẩy năm độ vĩ Bắc, một trăm linh chín phẩy hai độ kinh Đông; tàu ở tọa độ hai mươi độ mười lăm phút vĩ Bắc, một trăm linh bảy độ ba mươi phút kinh Đông." },
	{ "Áp suất 965 hPa; máy phát 15-30 kVA; liên lạc tần số 7903 kHz.",
	  "Áp suất chín trăm sáu mươi lăm héc tô pa xcan; máy phát mười lăm đến ba mươi ki lô vôn am pe; liên lạc tần số bảy nghìn chín trăm linh ba ki lô héc." },
	{ "Đặt combo 3N2Đ tại dulichcoto.vn; có 356/412 tàu cá về bến; nhiệt độ 30°C - 35°C.",
	  "Đặt com bô ba ngày hai đêm tại du lịch cô tô chấm vi en; có ba trăm năm mươi sáu trên bốn trăm mười hai tàu cá về bến; nhiệt độ ba mươi độ xê đến ba mươi lăm độ xê." },
	/* Round eleven of the review (held out) */
	{ "Tin nhắn báo trúng xe SH Mode; tra cứu tại baovedlcn.gov.vn.",
	  "Tin nhắn báo trúng xe ét hát mốt; tra cứu tại bảo vệ đê lờ xê nờ chấm gov chấm vi en." },
	{ "Mật khẩu nên có ký tự như @, #, $; gửi về doanthanhnien.xa@gmail.com.",
	  "Mật khẩu nên có ký tự như a còng, thăng, đô la; gửi về đoàn thanh niên chấm xã a còng gờ meo chấm com." },
	/* Round twelve of the review (held out): industrial zones, sport */
	{ "Công nhân KCN Thăng Long II và KCN VSIP cảnh giác với tin tuyển dụng giả của Foxconn, Goertek Vina.",
	  "Công nhân khu công nghiệp Thăng Long hai và khu công nghiệp vi síp cảnh giác với tin tuyển dụng giả của phốc con, gơ tếch vi na." },
	{ "Không cá độ World Cup 2026 tổ chức tại Mỹ, Canada và Mexico; thay aptomat cũ.",
	  "Không cá độ uôn cúp hai nghìn không trăm hai mươi sáu tổ chức tại Mỹ, Ca na đa và Mê hi cô; thay áp tô mát cũ." },
	{ "Đăng ký thi EPS-TOPIK tại dolab.gov.vn.",
	  "Đăng ký thi e pê ét tô pích tại đô láp chấm gov chấm vi en." },
};

#define N_PAIRS (sizeof(pairs) / sizeof(pairs[0]))

static char *norm(const char *text, const struct loa_normalize_options *opt)
{
	struct loa_error err;
	char *out = NULL;
	loa_status rc;

	loa_error_clear(&err);
	rc = loa_normalize(text, strlen(text), opt, &out, &err);
	if (rc)
		fail_msg("normalising '%s' failed: %s", text, err.msg);
	return out;
}

static void test_pairs(void **state)
{
	size_t i, failed = 0;

	(void)state;
	assert_true(N_PAIRS >= 300);
	for (i = 0; i < N_PAIRS; i++) {
		char *got = norm(pairs[i].written, NULL);

		if (strcmp(got, pairs[i].spoken)) {
			print_error("written: %s\n   want: %s\n    got: %s\n",
				    pairs[i].written, pairs[i].spoken, got);
			failed++;
		}
		free(got);
	}
	if (failed)
		fail_msg("%zu of %zu pairs differ", failed, (size_t)N_PAIRS);
}

/* ------------------------------------------------------------------ */
/* Reading number words back, to check values and not only shapes. */

static int word_is(const char *w, size_t n, const char *s)
{
	return strlen(s) == n && !memcmp(w, s, n);
}

/* Returns -1 on a word that is not a Vietnamese number word. */
static long long words_value(const char *s)
{
	static const char *const digits[] = { "không", "một", "hai", "ba",
		"bốn", "năm", "sáu", "bảy", "tám", "chín" };
	long long total = 0, below_billion = 0, small = 0, pending = 0;
	const char *p = s;

	while (*p) {
		const char *e = strchr(p, ' ');
		size_t n = e ? (size_t)(e - p) : strlen(p);
		int d, known = 0;

		for (d = 0; d < 10; d++)
			if (word_is(p, n, digits[d])) {
				pending = d;
				known = 1;
			}
		if (known) {
		} else if (word_is(p, n, "mốt")) {
			pending = 1;
		} else if (word_is(p, n, "tư")) {
			pending = 4;
		} else if (word_is(p, n, "lăm")) {
			pending = 5;
		} else if (word_is(p, n, "linh")) {
		} else if (word_is(p, n, "mười")) {
			small += 10;
		} else if (word_is(p, n, "mươi")) {
			small += pending * 10;
			pending = 0;
		} else if (word_is(p, n, "trăm")) {
			small += pending * 100;
			pending = 0;
		} else if (word_is(p, n, "nghìn")) {
			below_billion += (small + pending) * 1000;
			small = pending = 0;
		} else if (word_is(p, n, "triệu")) {
			below_billion += (small + pending) * 1000000;
			small = pending = 0;
		} else if (word_is(p, n, "tỷ")) {
			total += (below_billion + small + pending) * 1000000000LL;
			below_billion = small = pending = 0;
		} else {
			return -1;
		}
		p += n;
		while (*p == ' ')
			p++;
	}
	return total + below_billion + small + pending;
}

static int has_ascii_digit(const char *s)
{
	for (; *s; s++)
		if (*s >= '0' && *s <= '9')
			return 1;
	return 0;
}

/* Normalises a batch of lines and checks each against its value. */
static void check_batch(const char *text, const long long *values, size_t n)
{
	char *out = norm(text, NULL), *line = out;
	size_t i;

	for (i = 0; i < n; i++) {
		char *nl = strchr(line, '\n');

		assert_true(nl || i + 1 == n);
		if (nl)
			*nl = '\0';
		/* Alone, 111 to 116 are emergency numbers, read digit by digit. */
		if (values[i] >= 111 && values[i] <= 116) {
			static const char *const tails[] = { "một", "hai", "ba",
				"bốn", "năm", "sáu" };
			char want[32];

			snprintf(want, sizeof(want), "một một %s",
				 tails[values[i] - 111]);
			assert_string_equal(line, want);
		} else if (has_ascii_digit(line) || words_value(line) != values[i]) {
			fail_msg("%lld reads as '%s'", values[i], line);
		}
		line = nl ? nl + 1 : line + strlen(line);
	}
	free(out);
}

static void test_every_integer(void **state)
{
	enum { BATCH = 20000 };
	char *text = malloc(BATCH * 9);
	long long *values = malloc(BATCH * sizeof(*values));
	long long v = 0;

	(void)state;
	assert_non_null(text);
	assert_non_null(values);
	while (v <= 1000000) {
		size_t len = 0, n = 0;

		while (n < BATCH && v <= 1000000) {
			len += (size_t)snprintf(text + len, 9, n ? "\n%lld" : "%lld", v);
			values[n++] = v++;
		}
		check_batch(text, values, n);
	}
	free(text);
	free(values);
}

/* Written with dots between thousands, as in announcements. */
static size_t with_dots(long long v, char *buf, size_t cap)
{
	char plain[32];
	size_t n = (size_t)snprintf(plain, sizeof(plain), "%lld", v), i, o = 0;

	for (i = 0; i < n && o + 2 < cap; i++) {
		if (i && (n - i) % 3 == 0)
			buf[o++] = '.';
		buf[o++] = plain[i];
	}
	buf[o] = '\0';
	return o;
}

static void test_random_big_numbers(void **state)
{
	enum { N = 4000 };
	char *text = malloc(N * 32);
	long long values[N];
	unsigned long long x = 88172645463325252ULL;
	size_t i, len = 0;

	(void)state;
	assert_non_null(text);
	for (i = 0; i < N; i++) {
		char buf[32];

		/* xorshift64: deterministic, no libc state. */
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		values[i] = (long long)(x % 1000000000000001ULL);
		/* Small numbers too: every magnitude, not only 15 digits. */
		if (i % 3 == 1)
			values[i] %= 1000000000LL;
		if (i % 3 == 2)
			values[i] %= 100000LL;
		if (i % 2)
			with_dots(values[i], buf, sizeof(buf));
		else
			snprintf(buf, sizeof(buf), "%lld", values[i]);
		len += (size_t)snprintf(text + len, 32, i ? "\n%s" : "%s", buf);
	}
	check_batch(text, values, N);
	free(text);
}

static void test_number_shapes(void **state)
{
	static const struct pair cases[] = {
		{ "1000000000000000", "một triệu tỷ" },
		{ "1.000.000.000.000.005",
		  "một triệu tỷ không trăm linh năm" },
		{ "999.999.999.999.999",
		  "chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ "
		  "chín trăm chín mươi chín triệu chín trăm chín mươi chín "
		  "nghìn chín trăm chín mươi chín" },
		{ "1000000000000000000", "một tỷ tỷ" },
		{ "2.000.500", "hai triệu năm trăm" },
		{ "2.000.050", "hai triệu không trăm năm mươi" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = norm(cases[i].written, NULL);

		assert_string_equal(got, cases[i].spoken);
		free(got);
	}
}

static void test_southern(void **state)
{
	struct loa_normalize_options opt = { 1, NULL, 0 };
	char *got;

	(void)state;
	got = norm("105", &opt);
	assert_string_equal(got, "một trăm lẻ năm");
	free(got);
	got = norm("2.025.005", &opt);
	assert_string_equal(got, "hai triệu không trăm hai mươi lăm nghìn "
				 "không trăm lẻ năm");
	free(got);
}

/* ------------------------------------------------------------------ */
/* Unicode. */

static void test_nfc(void **state)
{
	static const struct pair cases[] = {
		/* e + circumflex + dot below, both orders */
		{ "Vie\xcc\x82\xcc\xa3t Nam", "Việt Nam" },
		{ "Vie\xcc\xa3\xcc\x82t Nam", "Việt Nam" },
		/* o + circumflex + dot below: "một" */
		{ "mo\xcc\x82\xcc\xa3t", "một" },
		/* precomposed â + combining acute: "ấ" */
		{ "\xc3\xa2\xcc\x81p", "ấp" },
		/* u + horn + hook above: "ử" */
		{ "cu\xcc\x9b\xcc\x89 tri", "cử tri" },
		/* a + breve + tilde: "ẵ" */
		{ "a\xcc\x86\xcc\x83", "ẵ" },
		/* capital: E + circumflex + acute */
		{ "TIE\xcc\x82\xcc\x81N", "tiến" },
		/* y + hook above */
		{ "thu\xcc\x89y", "thủy" },
		/* u with diaeresis and macron, then dot below: the dot goes
		 * on the u; marks that cannot compose are not spoken */
		{ "\xc7\x96\xcc\xa3", "\xe1\xbb\xa5" },
		/* decomposed "Đồng" reads like the composed word */
		{ "\xc4\x90o\xcc\x82\xcc\x80ng", "Đồng" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = norm(cases[i].written, NULL);

		assert_string_equal(got, cases[i].spoken);
		assert_true(norm_is_nfc(got, strlen(got)));
		free(got);
	}
}

static int valid_utf8(const char *s)
{
	size_t pos = 0, n = strlen(s);
	uint32_t cp;

	while (pos < n)
		if (norm_utf8_next(s, n, &pos, &cp))
			return 0;
	return 1;
}

/* Random text from announcement-like pieces: never a digit out, always
 * valid UTF-8 in NFC, one line out per line in. */
static void test_random_text(void **state)
{
	static const char *const pieces[] = { "0", "1", "2", "5", "9", "/",
		"-", ".", ",", ":", "h", "g", "%", "đ", " ", " ", " ", "\n", "A",
		"V", "I", "X", "Đ", "ư", "ợ", "e\xcc\x82", "\xcc\x81", "@", "+",
		"&", "k", "m", "²", "(", ")", "“", "–", "…", "tháng ", "ngày ",
		"thứ ", "số ", "quý ", "Chương ", "gọi ", "NĐ-CP", "UBND", "$",
		"€", "x", "km/h", "tr", "'", "Zalo", "www.", ".vn", "~", "#" };
	unsigned long long x = 0x9E3779B97F4A7C15ULL;
	int round;

	(void)state;
	for (round = 0; round < 3000; round++) {
		char text[400], *out;
		size_t len = 0, lines_in = 1, lines_out = 1, k;
		struct loa_error err;

		while (len < 300) {
			const char *p;

			x ^= x << 13;
			x ^= x >> 7;
			x ^= x << 17;
			p = pieces[x % (sizeof(pieces) / sizeof(pieces[0]))];
			memcpy(text + len, p, strlen(p));
			len += strlen(p);
		}
		text[len] = '\0';
		assert_int_equal(loa_normalize(text, len, NULL, &out, &err), LOA_OK);
		if (has_ascii_digit(out))
			fail_msg("digit left in '%s' from '%s'", out, text);
		assert_true(valid_utf8(out));
		assert_true(norm_is_nfc(out, strlen(out)));
		for (k = 0; k < len; k++)
			lines_in += text[k] == '\n';
		for (k = 0; out[k]; k++)
			lines_out += out[k] == '\n';
		assert_int_equal(lines_in, lines_out);
		free(out);
	}
}

/* ------------------------------------------------------------------ */
/* Robustness. */

static void test_invalid_utf8(void **state)
{
	static const char *const bad[] = {
		"xã \xff Tiên Minh", "\xc3", "a\xe1\xba", "\xc0\xaf",
		"\xed\xa0\x80", "\xf4\x90\x80\x80", "ok\n\x80",
	};
	struct loa_error err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *out = (char *)"untouched";

		loa_error_clear(&err);
		assert_int_equal(loa_normalize(bad[i], strlen(bad[i]), NULL, &out,
					       &err), LOA_EINPUT);
		assert_null(out);
		assert_non_null(strstr(err.msg, "invalid UTF-8"));
	}
	loa_error_clear(&err);
	assert_int_equal(loa_normalize("ok\n\x80", 4, NULL, &(char *){ NULL },
				       &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "line 2"));
}

static double seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Bounded: either a spoken form within the cap, or a clear error. */
static void check_hostile(const char *text, size_t len)
{
	struct loa_error err;
	char *out = NULL;
	double t0 = seconds();
	loa_status rc;

	loa_error_clear(&err);
	rc = loa_normalize(text, len, NULL, &out, &err);
	assert_true(seconds() - t0 < 20.0);
	if (rc) {
		assert_int_equal(rc, LOA_ENOMEM);
		assert_true(err.msg[0] != '\0');
		assert_null(out);
		return;
	}
	assert_non_null(out);
	assert_false(has_ascii_digit(out));
	assert_true(strlen(out) <= 32 * len + 4096);
	free(out);
}

static void test_megabyte_of_digits(void **state)
{
	size_t n = 1 << 20, i;
	char *text = malloc(n + 1);

	(void)state;
	assert_non_null(text);
	for (i = 0; i < n; i++)
		text[i] = (char)('0' + i % 10);
	check_hostile(text, n);
	/* Dots and slashes every few digits: dates, codes, ranges. */
	for (i = 0; i < n; i++)
		text[i] = i % 4 == 3 ? "./-:h,"[i / 4 % 6] : (char)('1' + i % 9);
	check_hostile(text, n);
	free(text);
}

static void test_long_tokens(void **state)
{
	static const char *const units[] = { "a", "A", "Ư", "1", "1/", "1-",
		"A1", "x", "e\xcc\x82", "\xcc\x81", "@.", "IV", "0", "/", "-",
		"1.000", "h" };
	char *text = malloc(40000);
	size_t u;

	(void)state;
	assert_non_null(text);
	for (u = 0; u < sizeof(units) / sizeof(units[0]); u++) {
		size_t len = 0, k = strlen(units[u]);

		while (len + k <= 10000) {
			memcpy(text + len, units[u], k);
			len += k;
		}
		check_hostile(text, len);
	}
	free(text);
}

static void test_empty(void **state)
{
	char *got;

	(void)state;
	got = norm("", NULL);
	assert_string_equal(got, "");
	free(got);
	got = norm("\n\n", NULL);
	assert_string_equal(got, "\n\n");
	free(got);
}

/* ------------------------------------------------------------------ */
/* Lexicons. */

static char dir[64];

static const char *write_file(const char *name, const char *text)
{
	static char path[128];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	return path;
}

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/loa-norm-XXXXXX");
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static struct loa_lexicon *load(const char *name, const char *text)
{
	struct loa_lexicon *lex = NULL;
	struct loa_error err;

	loa_error_clear(&err);
	if (loa_lexicon_load(&lex, write_file(name, text), &err))
		fail_msg("loading %s: %s", name, err.msg);
	return lex;
}

static void test_lexicon(void **state)
{
	struct loa_lexicon *a, *b;
	const struct loa_lexicon *both[2];
	struct loa_normalize_options opt = { 0, both, 2 };
	char *got;

	(void)state;
	a = load("a.yaml",
		 "lexicon:\n"
		 "  - written: \"Tiên Minh\"\n"
		 "    spoken: \"Tiên Minh\"\n"
		 "  - written: Zalo\n"
		 "    spoken: da lô ơi\n"
		 "  - written: SCAM\n"
		 "    spoken: lừa đảo\n"
		 "  - written: ĐKT\n"
		 "    spoken: đường kiểm tra\n"
		 "    case: insensitive\n"
		 "  - written: Cát Hải\n"
		 "    spoken: Cát Hải\n");
	b = load("b.yaml",
		 "lexicon:\n"
		 "  - written: zalo\n"
		 "    spoken: da lô\n"
		 "  - written: \"Tie\xcc\x82n Minh Xanh\"\n"
		 "    spoken: tiên minh xanh\n");
	both[0] = a;
	both[1] = b;
	/* A later lexicon wins, the longest match wins, the built-in
	 * dictionary loses; written forms are NFC. */
	got = norm("Zalo, SCAM, scam, đkt, Tiên Minh Xanh, Tiên Minh.", &opt);
	assert_string_equal(got, "da lô, lừa đảo, xờ cam, đường kiểm tra, "
				 "tiên minh xanh, Tiên Minh.");
	free(got);
	opt.n_lexicons = 1;
	got = norm("Zalo và UBND", &opt);
	assert_string_equal(got, "da lô ơi và ủy ban nhân dân");
	free(got);
	loa_lexicon_free(&a);
	loa_lexicon_free(&b);
	assert_null(a);
	loa_lexicon_free(NULL);
}

static void test_lexicon_errors(void **state)
{
	static const struct {
		const char *text, *where, *what;
	} cases[] = {
		{ "lexicon:\n  - written: a\n    spoken: b\n    note: c\n",
		  ":4:5:", "unknown key 'note'" },
		{ "lexicon:\n  - written: a\n", ":2:5:", "missing required key 'spoken'" },
		{ "lexicon:\n  - written: \"\"\n    spoken: b\n", ":2:14:", "empty" },
		{ "lexicon:\n  - written: a\n    spoken: \"  \"\n", ":3:13:", "blank" },
		{ "lexicon:\n  - written: a\n    spoken: b5\n", ":3:13:", "digits" },
		{ "lexicon:\n  - written: a\n    spoken: b\n    case: maybe\n",
		  ":4:11:", "sensitive or insensitive" },
		{ "lexicon:\n  - written: Zalo\n    spoken: b\n"
		  "  - written: zalo\n    spoken: c\n", ":4:14:", "already" },
		{ "words:\n  - written: a\n", ":1:1:", "unknown key 'words'" },
		{ "lexicon: Zalo\n", ":1:10:", "list" },
		{ "lexicon:\n  - written: \"\xff\"\n    spoken: b\n", ":", "" },
		{ "", "", "empty" },
	};
	struct loa_lexicon *lex;
	struct loa_error err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *path = write_file("bad.yaml", cases[i].text);

		lex = (struct loa_lexicon *)&err;
		loa_error_clear(&err);
		assert_int_equal(loa_lexicon_load(&lex, path, &err), LOA_EINPUT);
		assert_null(lex);
		if (!strstr(err.msg, cases[i].where) || !strstr(err.msg, cases[i].what))
			fail_msg("case %zu: '%s' lacks '%s' and '%s'", i, err.msg,
				 cases[i].where, cases[i].what);
		assert_true(!strncmp(err.msg, path, strlen(path)));
	}
	loa_error_clear(&err);
	assert_int_equal(loa_lexicon_load(&lex, "/nonexistent/lexicon.yaml",
					  &err), LOA_EINPUT);
	assert_non_null(strstr(err.msg, "cannot open"));
}

/* A large lexicon loads and matches quickly (entries are hashed). */
static void test_big_lexicon(void **state)
{
	enum { N = 20000 };
	char *yaml = malloc(N * 64 + 16), path[128];
	struct loa_lexicon *lex = NULL;
	const struct loa_lexicon *one[1];
	struct loa_normalize_options opt = { 0, one, 1 };
	struct loa_error err;
	size_t len, k;
	double t0 = seconds();
	char *got;
	FILE *f;

	(void)state;
	assert_non_null(yaml);
	len = (size_t)snprintf(yaml, 16, "lexicon:\n");
	for (k = 0; k < N; k++)
		len += (size_t)snprintf(yaml + len, 64,
					"  - written: Xã%zu Tiên\n    spoken: xã số\n", k);
	snprintf(path, sizeof(path), "%s/big.yaml", dir);
	f = fopen(path, "wb");
	assert_non_null(f);
	fwrite(yaml, 1, len, f);
	fclose(f);
	free(yaml);
	assert_int_equal(loa_lexicon_load(&lex, path, &err), LOA_OK);
	one[0] = lex;
	got = norm("Xã123 Tiên và xã Tiên Minh", &opt);
	assert_string_equal(got, "xã số và xã Tiên Minh");
	free(got);
	loa_lexicon_free(&lex);
	assert_true(seconds() - t0 < 10.0);
}

static void test_project_lexicon(void **state)
{
	struct loa_lexicon *lex = NULL;
	struct loa_error err;

	(void)state;
	/* The bundled project lexicon loads (tests run from the repo root). */
	if (access("scripts/lexicon.yaml", R_OK))
		skip();
	assert_int_equal(loa_lexicon_load(&lex, "scripts/lexicon.yaml", &err),
			 LOA_OK);
	loa_lexicon_free(&lex);
}

/* Every built-in entry is written once: a twin would be dead or, with a
 * different reading, would silently lose to the later one. */
static void test_builtin_unique(void **state)
{
	size_t n, i, j, twins = 0;
	const struct norm_entry *e = norm_builtin(&n);

	(void)state;
	assert_true(n > 800);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (!strcmp(e[i].written, e[j].written) &&
			    e[i].sensitive == e[j].sensitive && e[i].place == e[j].place) {
				fprintf(stderr, "twin entry: %s\n", e[i].written);
				twins++;
			}
	assert_int_equal(twins, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pairs),
		cmocka_unit_test(test_builtin_unique),
		cmocka_unit_test(test_number_shapes),
		cmocka_unit_test(test_every_integer),
		cmocka_unit_test(test_random_big_numbers),
		cmocka_unit_test(test_southern),
		cmocka_unit_test(test_nfc),
		cmocka_unit_test(test_random_text),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_megabyte_of_digits),
		cmocka_unit_test(test_long_tokens),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_lexicon),
		cmocka_unit_test(test_lexicon_errors),
		cmocka_unit_test(test_big_lexicon),
		cmocka_unit_test(test_project_lexicon),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
