/*
 * The built-in dictionary and user lexicons (norm_dict.h).
 *
 * The built-in table holds readings for abbreviations of government and
 * scam-awareness text and respellings of loanwords, so that eSpeak NG's
 * Vietnamese voice never switches to English.  Started from
 * lexicon-reference.tsv; spoken forms keep capitals only on proper names.
 * Fields: written, spoken, match case exactly, only before a capitalised
 * word.
 */
#include "norm_dict.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "norm_buf.h"
#include "norm_case.h"
#include "norm_nfc.h"
#include "core/yamldoc.h"

static const struct norm_entry builtin[] = {
	{ "UBND", "ủy ban nhân dân", 1, 0 },
	{ "HĐND", "hội đồng nhân dân", 1, 0 },
	{ "MTTQ", "mặt trận tổ quốc", 1, 0 },
	{ "MTTQVN", "mặt trận tổ quốc Việt Nam", 1, 0 },
	{ "UBMTTQ", "ủy ban mặt trận tổ quốc", 1, 0 },
	{ "UBMTTQVN", "ủy ban mặt trận tổ quốc Việt Nam", 1, 0 },
	{ "NĐ", "nghị định", 1, 0 },
	{ "QĐ", "quyết định", 1, 0 },
	{ "NQ", "nghị quyết", 1, 0 },
	{ "CP", "Chính phủ", 1, 0 },
	{ "TTg", "Thủ tướng", 0, 0 },
	{ "QH", "Quốc hội", 1, 0 },
	{ "TW", "Trung ương", 1, 0 },
	{ "BTTTT", "Bộ Thông tin và Truyền thông", 1, 0 },
	{ "TT&TT", "thông tin và truyền thông", 1, 0 },
	{ "TTTT", "thông tin truyền thông", 1, 0 },
	{ "KH&CN", "khoa học và công nghệ", 1, 0 },
	{ "KH&ĐT", "kế hoạch và đầu tư", 1, 0 },
	{ "KHCN", "khoa học công nghệ", 1, 0 },
	{ "BKHCN", "Bộ Khoa học và Công nghệ", 1, 0 },
	{ "CA", "công an", 1, 0 },
	{ "CAND", "công an nhân dân", 1, 0 },
	{ "BCA", "Bộ Công an", 1, 0 },
	{ "CSGT", "cảnh sát giao thông", 1, 0 },
	{ "CSHS", "cảnh sát hình sự", 1, 0 },
	{ "CSKV", "cảnh sát khu vực", 1, 0 },
	{ "PCCC", "phòng cháy chữa cháy", 1, 0 },
	{ "PCCC&CNCH", "phòng cháy chữa cháy và cứu nạn cứu hộ", 1, 0 },
	{ "CNCH", "cứu nạn cứu hộ", 1, 0 },
	{ "A05", "a không năm", 1, 0 },
	{ "THCS", "trung học cơ sở", 1, 0 },
	{ "THPT", "trung học phổ thông", 1, 0 },
	{ "TP", "thành phố", 1, 0 },
	{ "TP.HCM", "Thành phố Hồ Chí Minh", 1, 0 },
	{ "TPHCM", "Thành phố Hồ Chí Minh", 1, 0 },
	{ "Tp.HCM", "Thành phố Hồ Chí Minh", 0, 0 },
	{ "HCM", "Hồ Chí Minh", 1, 0 },
	{ "TP.", "thành phố", 1, 1 },
	{ "Tp.", "thành phố", 0, 1 },
	{ "TX", "thị xã", 1, 0 },
	{ "TX.", "thị xã", 1, 1 },
	{ "TT.", "thị trấn", 1, 1 },
	{ "Q.", "quận", 1, 1 },
	{ "P.", "phường", 1, 1 },
	{ "X.", "xã", 1, 1 },
	{ "H.", "huyện", 1, 1 },
	{ "TDP", "tổ dân phố", 1, 0 },
	{ "KDC", "khu dân cư", 1, 0 },
	{ "ĐBQH", "đại biểu Quốc hội", 1, 0 },
	{ "UBTVQH", "Ủy ban Thường vụ Quốc hội", 1, 0 },
	{ "VKSND", "viện kiểm sát nhân dân", 1, 0 },
	{ "TAND", "tòa án nhân dân", 1, 0 },
	{ "BHXH", "bảo hiểm xã hội", 1, 0 },
	{ "BHYT", "bảo hiểm y tế", 1, 0 },
	{ "BHTN", "bảo hiểm thất nghiệp", 1, 0 },
	{ "CCCD", "căn cước công dân", 1, 0 },
	{ "CMND", "chứng minh nhân dân", 1, 0 },
	{ "CMTND", "chứng minh thư nhân dân", 1, 0 },
	{ "GPLX", "giấy phép lái xe", 1, 0 },
	{ "ATGT", "an toàn giao thông", 1, 0 },
	{ "ANTT", "an ninh trật tự", 1, 0 },
	{ "ANM", "an ninh mạng", 1, 0 },
	{ "ATTT", "an toàn thông tin", 1, 0 },
	{ "CNTT", "công nghệ thông tin", 1, 0 },
	{ "CĐS", "chuyển đổi số", 1, 0 },
	{ "DVC", "dịch vụ công", 1, 0 },
	{ "DVCTT", "dịch vụ công trực tuyến", 1, 0 },
	{ "TTHC", "thủ tục hành chính", 1, 0 },
	{ "KT-XH", "kinh tế xã hội", 1, 0 },
	{ "HTX", "hợp tác xã", 1, 0 },
	{ "XHCN", "xã hội chủ nghĩa", 1, 0 },
	{ "CHXHCN", "cộng hòa xã hội chủ nghĩa", 1, 0 },
	{ "ĐCSVN", "Đảng Cộng sản Việt Nam", 1, 0 },
	{ "ĐTN", "đoàn thanh niên", 1, 0 },
	{ "HLHPN", "hội liên hiệp phụ nữ", 1, 0 },
	{ "LHPN", "liên hiệp phụ nữ", 1, 0 },
	{ "HND", "hội nông dân", 1, 0 },
	{ "HCCB", "hội cựu chiến binh", 1, 0 },
	{ "ĐU", "đảng ủy", 1, 0 },
	{ "BCH", "ban chấp hành", 1, 0 },
	{ "BCĐ", "ban chỉ đạo", 1, 0 },
	{ "BTC", "ban tổ chức", 1, 0 },
	{ "BYT", "Bộ Y tế", 1, 0 },
	{ "BGDĐT", "Bộ Giáo dục và Đào tạo", 1, 0 },
	{ "GD&ĐT", "giáo dục và đào tạo", 1, 0 },
	{ "GDĐT", "giáo dục đào tạo", 1, 0 },
	{ "NHNN", "Ngân hàng Nhà nước", 1, 0 },
	{ "NSNN", "ngân sách nhà nước", 1, 0 },
	{ "TTYT", "trung tâm y tế", 1, 0 },
	{ "TYT", "trạm y tế", 1, 0 },
	{ "BQL", "ban quản lý", 1, 0 },
	{ "UBKT", "ủy ban kiểm tra", 1, 0 },
	{ "VP", "văn phòng", 1, 0 },
	{ "HĐQT", "hội đồng quản trị", 1, 0 },
	{ "CBCCVC", "cán bộ, công chức, viên chức", 1, 0 },
	{ "CBCC", "cán bộ, công chức", 1, 0 },
	{ "PCT", "phó chủ tịch", 1, 0 },
	{ "GĐ", "giám đốc", 1, 0 },
	{ "PGĐ", "phó giám đốc", 1, 0 },
	{ "TM.", "thay mặt", 1, 0 },
	{ "KT.", "ký thay", 1, 0 },
	{ "TL.", "thừa lệnh", 1, 0 },
	{ "TUQ.", "thừa ủy quyền", 1, 0 },
	{ "V/v", "về việc", 0, 0 },
	{ "K/g", "kính gửi", 0, 0 },
	{ "Đ/c", "đồng chí", 0, 0 },
	{ "ĐT", "điện thoại", 1, 0 },
	{ "SĐT", "số điện thoại", 1, 0 },
	{ "STK", "số tài khoản", 1, 0 },
	{ "TK", "tài khoản", 1, 0 },
	{ "LHQ", "Liên hợp quốc", 1, 0 },
	{ "TTXVN", "Thông tấn xã Việt Nam", 1, 0 },
	{ "VTV", "vê tê vê", 1, 0 },
	{ "VOV", "vê o vê", 1, 0 },
	{ "NCSC", "nờ xê ét xê", 1, 0 },
	{ "v.v.", "vân vân", 0, 0 },
	{ "v.v", "vân vân", 0, 0 },
	{ "GTVT", "giao thông vận tải", 1, 0 },
	{ "TN&MT", "tài nguyên và môi trường", 1, 0 },
	{ "NN&PTNT", "nông nghiệp và phát triển nông thôn", 1, 0 },
	{ "LĐTBXH", "lao động thương binh và xã hội", 1, 0 },
	{ "LĐ-TB&XH", "lao động thương binh và xã hội", 1, 0 },
	{ "VH-TT&DL", "văn hóa thể thao và du lịch", 1, 0 },
	{ "VHTTDL", "văn hóa thể thao và du lịch", 1, 0 },
	{ "CLB", "câu lạc bộ", 1, 0 },
	{ "HLV", "huấn luyện viên", 1, 0 },
	{ "GS", "giáo sư", 1, 0 },
	{ "PGS", "phó giáo sư", 1, 0 },
	{ "TS", "tiến sĩ", 1, 0 },
	{ "ThS", "thạc sĩ", 0, 0 },
	{ "PGS.TS", "phó giáo sư tiến sĩ", 1, 0 },
	{ "GS.TS", "giáo sư tiến sĩ", 1, 0 },
	{ "ĐH", "đại học", 1, 0 },
	{ "CĐ", "cao đẳng", 1, 0 },
	{ "TTTM", "trung tâm thương mại", 1, 0 },
	{ "VN", "Việt Nam", 1, 0 },
	{ "KCN", "khu công nghiệp", 1, 0 },
	{ "SXKD", "sản xuất kinh doanh", 1, 0 },
	{ "ATVSTP", "an toàn vệ sinh thực phẩm", 1, 0 },
	{ "VSATTP", "vệ sinh an toàn thực phẩm", 1, 0 },
	{ "Deepfake", "đíp phếch", 0, 0 },
	{ "deepfakes", "đíp phếch", 0, 0 },
	{ "AI", "ây ai", 1, 0 },
	{ "Zalo", "da lô", 0, 0 },
	{ "ZaloPay", "da lô pây", 0, 0 },
	{ "Facebook", "phây búc", 0, 0 },
	{ "Messenger", "mét xen giơ", 0, 0 },
	{ "Telegram", "tê lê gờ ram", 0, 0 },
	{ "Viber", "vai bơ", 0, 0 },
	{ "TikTok", "tích tốc", 0, 0 },
	{ "YouTube", "iu túp", 0, 0 },
	{ "Google", "gu gồ", 0, 0 },
	{ "Gmail", "gi meo", 0, 0 },
	{ "Shopee", "sốp pi", 0, 0 },
	{ "Lazada", "la da đa", 0, 0 },
	{ "Viettel", "việt ten", 0, 0 },
	{ "Vinaphone", "vi na phôn", 0, 0 },
	{ "MobiFone", "mô bi phôn", 0, 0 },
	{ "VNPT", "vê nờ pê tê", 1, 0 },
	{ "MoMo", "mô mô", 0, 0 },
	{ "VNPay", "vê nờ pây", 0, 0 },
	{ "VNeID", "vê nờ e ai đi", 0, 0 },
	{ "OTP", "ô tê pê", 1, 0 },
	{ "PIN", "pin", 1, 0 },
	{ "CVV", "xê vê vê", 1, 0 },
	{ "ATM", "a tê mờ", 1, 0 },
	{ "USB", "u ét bê", 1, 0 },
	{ "SMS", "ét em ét", 1, 0 },
	{ "QR", "kiu a", 1, 0 },
	{ "SIM", "sim", 1, 0 },
	{ "eSIM", "i sim", 0, 0 },
	{ "app", "áp", 0, 0 },
	{ "apps", "áp", 0, 0 },
	{ "link", "linh", 0, 0 },
	{ "links", "linh", 0, 0 },
	{ "video", "vi đê ô", 0, 0 },
	{ "video call", "vi đê ô côn", 0, 0 },
	{ "call", "côn", 0, 0 },
	{ "email", "i meo", 0, 0 },
	{ "e-mail", "i meo", 0, 0 },
	{ "online", "ôn lai", 0, 0 },
	{ "offline", "óp lai", 0, 0 },
	{ "Internet", "in tơ nét", 0, 0 },
	{ "Internet Banking", "in tơ nét banh king", 0, 0 },
	{ "Mobile Banking", "mô bai banh king", 0, 0 },
	{ "banking", "banh king", 0, 0 },
	{ "iPhone", "ai phôn", 0, 0 },
	{ "iCloud", "ai cờ lao", 0, 0 },
	{ "Android", "an đờ roi", 0, 0 },
	{ "smartphone", "xờ mát phôn", 0, 0 },
	{ "wifi", "oai phai", 0, 0 },
	{ "wi-fi", "oai phai", 0, 0 },
	{ "website", "oép xai", 0, 0 },
	{ "web", "oép", 0, 0 },
	{ "fanpage", "phan pết", 0, 0 },
	{ "hotline", "hót lai", 0, 0 },
	{ "clip", "cờ líp", 0, 0 },
	{ "livestream", "lai xờ trim", 0, 0 },
	{ "chatbot", "chát bốt", 0, 0 },
	{ "ChatGPT", "chát gi pi ti", 0, 0 },
	{ "hacker", "hắc cơ", 0, 0 },
	{ "virus", "vi rút", 0, 0 },
	{ "malware", "man que", 0, 0 },
	{ "password", "pát quơ", 0, 0 },
	{ "file", "phai", 0, 0 },
	{ "code", "cốt", 0, 0 },
	{ "camera", "ca mê ra", 0, 0 },
	{ "game", "ghêm", 0, 0 },
	{ "crypto", "cờ ríp tô", 0, 0 },
	{ "Bitcoin", "bít coi", 0, 0 },
	{ "USDT", "u ét đê tê", 1, 0 },
	{ "forex", "pho rếch", 0, 0 },
	{ "fake", "phếch", 0, 0 },
	{ "spam", "xờ pam", 0, 0 },
	{ "Visa", "vi da", 0, 0 },
	{ "Mastercard", "mát tơ cát", 0, 0 },
	{ "Bluetooth", "bờ lu tút", 0, 0 },
	{ "OK", "ô kê", 1, 0 },
	{ "Covid-19", "cô vít mười chín", 0, 0 },
	{ "COVID", "cô vít", 1, 0 },
	{ "Covid", "cô vít", 0, 0 },
	{ "scam", "xờ cam", 0, 0 },
	{ "online banking", "ôn lai banh king", 0, 0 },
	{ "QR code", "kiu a cốt", 0, 0 },
	{ "app banking", "áp banh king", 0, 0 },
	{ "Skype", "xờ cai", 0, 0 },
	{ "Instagram", "in xờ ta gờ ram", 0, 0 },
	{ "Twitter", "tuýt tơ", 0, 0 },
	{ "Grab", "gờ ráp", 0, 0 },
	{ "Tiki", "ti ki", 0, 0 },
	{ "Sendo", "xen đô", 0, 0 },
	{ "Agribank", "a gờ ri banh", 0, 0 },
	{ "Vietcombank", "việt com banh", 0, 0 },
	{ "VietinBank", "việt tin banh", 0, 0 },
	{ "BIDV", "bê i đê vê", 1, 0 },
	{ "Techcombank", "tếch com banh", 0, 0 },
	{ "SHB", "ét hát bê", 1, 0 },
	{ "shipper", "síp pơ", 0, 0 },
	{ "ship", "síp", 0, 0 },
	{ "COD", "xê o đê", 1, 0 },
	{ "voucher", "vâu chơ", 0, 0 },
	{ "sale", "sêu", 0, 0 },
	{ "marketing", "ma két tinh", 0, 0 },
	{ "app store", "áp xờ to", 0, 0 },
	{ "App Store", "áp xờ to", 0, 0 },
	{ "CH Play", "xê hát pờ lây", 0, 0 },
	{ "Google Play", "gu gồ pờ lây", 0, 0 },
	{ "GPS", "gờ pê ét", 1, 0 },
	{ "SOS", "ét o ét", 1, 0 },
	{ "USD", "đô la Mỹ", 1, 0 },
	{ "VND", "đồng", 1, 0 },
	{ "VNĐ", "đồng", 1, 0 },
	{ "EUR", "ơ rô", 1, 0 },
	{ "vnd", "đồng", 0, 0 },
	{ "usd", "đô la Mỹ", 1, 0 },
	{ "eur", "ơ rô", 1, 0 },
	/* Informal "không" in quoted messages; "KO" stays spelled. */
	{ "ko", "không", 1, 0 },
	{ "Ko", "không", 1, 0 },
	{ "pH", "pê hát", 1, 0 },
	{ "karaoke", "ca ra ô kê", 0, 0 },
	{ "TTr", "tờ trình", 0, 0 },
	{ "ĐVTN", "đoàn viên thanh niên", 1, 0 },
	{ "Tp", "thành phố", 0, 0 },
	{ "CT UBND", "chủ tịch ủy ban nhân dân", 1, 0 },
	{ "CT HĐND", "chủ tịch hội đồng nhân dân", 1, 0 },
	{ "CT UBMTTQ", "chủ tịch ủy ban mặt trận tổ quốc", 1, 0 },
	{ "TT HĐND", "thường trực hội đồng nhân dân", 1, 0 },
	{ "TT UBND", "thường trực ủy ban nhân dân", 1, 0 },
	{ "BT Đảng ủy", "bí thư Đảng ủy", 0, 0 },
	{ "BT Chi bộ", "bí thư chi bộ", 0, 0 },
	{ "TM. UBND", "thay mặt ủy ban nhân dân", 1, 0 },
	{ "CTV", "cộng tác viên", 1, 0 },
	{ "shop", "sốp", 0, 0 },
	{ "online shop", "ôn lai sốp", 0, 0 },
	{ "tr.đ", "triệu đồng", 0, 0 },
	{ "trđ", "triệu đồng", 0, 0 },
	{ "tr.đồng", "triệu đồng", 0, 0 },
	{ "BS", "bác sĩ", 1, 0 },
	{ "BS.", "bác sĩ", 1, 1 },
	{ "TS.", "tiến sĩ", 1, 1 },
	{ "ThS.", "thạc sĩ", 0, 1 },
	{ "GS.", "giáo sư", 1, 1 },
	{ "PGS.", "phó giáo sư", 1, 1 },
	{ "KS.", "kỹ sư", 1, 1 },
	{ "CN.", "cử nhân", 1, 1 },
	{ "QL", "quốc lộ", 1, 0 },
	{ "NVQS", "nghĩa vụ quân sự", 1, 0 },
	{ "GTGT", "giá trị gia tăng", 1, 0 },
	{ "TNCN", "thu nhập cá nhân", 1, 0 },
	{ "NTM", "nông thôn mới", 1, 0 },
	{ "BCHQS", "ban chỉ huy quân sự", 1, 0 },
	{ "DQTV", "dân quân tự vệ", 1, 0 },
	{ "ANQP", "an ninh quốc phòng", 1, 0 },
	{ "QPAN", "quốc phòng an ninh", 1, 0 },
	{ "BVTV", "bảo vệ thực vật", 1, 0 },
	{ "TNGT", "tai nạn giao thông", 1, 0 },
	{ "VSMT", "vệ sinh môi trường", 1, 0 },
	{ "ATTP", "an toàn thực phẩm", 1, 0 },
	{ "PCTT", "phòng chống thiên tai", 1, 0 },
	{ "TKCN", "tìm kiếm cứu nạn", 1, 0 },
	{ "PCTT&TKCN", "phòng chống thiên tai và tìm kiếm cứu nạn", 1, 0 },
	{ "GPMB", "giải phóng mặt bằng", 1, 0 },
	{ "QSDĐ", "quyền sử dụng đất", 1, 0 },
	{ "CSDL", "cơ sở dữ liệu", 1, 0 },
	{ "ĐVT", "đơn vị tính", 1, 0 },
	{ "chip", "chíp", 0, 0 },
	{ "vitamin", "vi ta min", 0, 0 },
	{ "container", "công tê nơ", 0, 0 },
	{ "Singapore", "Xin ga po", 0, 0 },
	{ "admin", "át min", 0, 0 },
	{ "data", "đa ta", 0, 0 },
	{ "Windows", "uyn đâu", 0, 0 },
	{ "PDF", "pê đê ép", 1, 0 },
	{ "ID", "ai đi", 1, 0 },
	{ "tivi", "ti vi", 0, 0 },
	{ "TV", "ti vi", 1, 0 },
	{ "internet", "in tơ nét", 0, 0 },
	{ "vnđ", "đồng", 0, 0 },
	{ "km", "ki lô mét", 0, 0 },
	{ "kg", "ki lô gam", 0, 0 },
	{ "cm", "xăng ti mét", 0, 0 },
	{ "mm", "mi li mét", 0, 0 },
	{ "km/h", "ki lô mét trên giờ", 0, 0 },
	{ "m²", "mét vuông", 0, 0 },
	{ "m³", "mét khối", 0, 0 },
	{ "°C", "độ xê", 0, 0 },
	/* Commune administration, health and school abbreviations. */
	{ "BCH Quân sự", "ban chỉ huy quân sự", 1, 0 },
	{ "BCH quân sự", "ban chỉ huy quân sự", 1, 0 },
	{ "CHQS", "chỉ huy quân sự", 1, 0 },
	{ "TNCS", "thanh niên cộng sản", 1, 0 },
	{ "CCB", "cựu chiến binh", 1, 0 },
	{ "Hội ND", "Hội nông dân", 1, 0 },
	{ "hội ND", "hội nông dân", 1, 0 },
	{ "NCT", "người cao tuổi", 1, 0 },
	{ "CTĐ", "chữ thập đỏ", 1, 0 },
	{ "CT-XH", "chính trị xã hội", 1, 0 },
	{ "VH-XH", "văn hóa xã hội", 1, 0 },
	{ "VHXH", "văn hóa xã hội", 1, 0 },
	{ "KTXH", "kinh tế xã hội", 1, 0 },
	{ "ĐVHC", "đơn vị hành chính", 1, 0 },
	{ "GCN", "giấy chứng nhận", 1, 0 },
	{ "GCNQSDĐ", "giấy chứng nhận quyền sử dụng đất", 1, 0 },
	{ "BTV", "ban thường vụ", 1, 0 },
	{ "PBT", "phó bí thư", 1, 0 },
	{ "PBT TT", "phó bí thư thường trực", 1, 0 },
	{ "ÂL", "âm lịch", 1, 0 },
	{ "trường MN", "trường mầm non", 1, 0 },
	{ "Trường MN", "Trường mầm non", 1, 0 },
	{ "trường MG", "trường mẫu giáo", 1, 0 },
	{ "Trường MG", "Trường mẫu giáo", 1, 0 },
	{ "trường TH", "trường tiểu học", 1, 0 },
	{ "Trường TH", "Trường tiểu học", 1, 0 },
	{ "BĐ", "báo động", 1, 0 },
	{ "CV", "công văn", 1, 1 },
	{ "KH", "kế hoạch", 1, 1 },
	{ "PCCN", "phòng chống cháy nổ", 1, 0 },
	{ "CSXH", "chính sách xã hội", 1, 0 },
	{ "NHCSXH", "Ngân hàng Chính sách xã hội", 1, 0 },
	{ "BT Chi đoàn", "bí thư chi đoàn", 0, 0 },
	{ "BT Đoàn", "bí thư Đoàn", 0, 0 },
	{ "ĐBSCL", "đồng bằng sông Cửu Long", 1, 0 },
	{ "MTQG", "mục tiêu quốc gia", 1, 0 },
	{ "CTMTQG", "chương trình mục tiêu quốc gia", 1, 0 },
	{ "GDQP", "giáo dục quốc phòng", 1, 0 },
	{ "XDNTM", "xây dựng nông thôn mới", 1, 0 },
	{ "ĐKKD", "đăng ký kinh doanh", 1, 0 },
	{ "GPKD", "giấy phép kinh doanh", 1, 0 },
	{ "GCNĐKKD", "giấy chứng nhận đăng ký kinh doanh", 1, 0 },
	{ "HĐLĐ", "hợp đồng lao động", 1, 0 },
	{ "NLĐ", "người lao động", 1, 0 },
	{ "NSDLĐ", "người sử dụng lao động", 1, 0 },
	{ "ĐVSN", "đơn vị sự nghiệp", 1, 0 },
	{ "TTHTCĐ", "trung tâm học tập cộng đồng", 1, 0 },
	{ "HSSV", "học sinh, sinh viên", 1, 0 },
	{ "GVCN", "giáo viên chủ nhiệm", 1, 0 },
	{ "PHHS", "phụ huynh học sinh", 1, 0 },
	{ "CMHS", "cha mẹ học sinh", 1, 0 },
	{ "BGH", "ban giám hiệu", 1, 0 },
	{ "BĐDCMHS", "ban đại diện cha mẹ học sinh", 1, 0 },
	{ "CNVC", "công nhân viên chức", 1, 0 },
	{ "CBCNV", "cán bộ công nhân viên", 1, 0 },
	{ "CBCS", "cán bộ, chiến sĩ", 1, 0 },
	{ "CSCĐ", "cảnh sát cơ động", 1, 0 },
	{ "DTTS", "dân tộc thiểu số", 1, 0 },
	{ "ĐBKK", "đặc biệt khó khăn", 1, 0 },
	{ "TĐKT", "thi đua khen thưởng", 1, 0 },
	{ "ATVSLĐ", "an toàn vệ sinh lao động", 1, 0 },
	{ "ATLĐ", "an toàn lao động", 1, 0 },
	{ "TNLĐ", "tai nạn lao động", 1, 0 },
	{ "BVMT", "bảo vệ môi trường", 1, 0 },
	{ "TNMT", "tài nguyên môi trường", 1, 0 },
	{ "TN-MT", "tài nguyên môi trường", 1, 0 },
	{ "HGĐ", "hộ gia đình", 1, 0 },
	{ "VPHC", "vi phạm hành chính", 1, 0 },
	{ "XPVPHC", "xử phạt vi phạm hành chính", 1, 0 },
	{ "QLNN", "quản lý nhà nước", 1, 0 },
	{ "XKLĐ", "xuất khẩu lao động", 1, 0 },
	{ "KHKT", "khoa học kỹ thuật", 1, 0 },
	{ "PCCCR", "phòng cháy chữa cháy rừng", 1, 0 },
	{ "BVR", "bảo vệ rừng", 1, 0 },
	{ "QLBVR", "quản lý bảo vệ rừng", 1, 0 },
	{ "PTNT", "phát triển nông thôn", 1, 0 },
	{ "KNTC", "khiếu nại tố cáo", 1, 0 },
	{ "TCD", "tiếp công dân", 1, 0 },
	{ "HTCT", "hệ thống chính trị", 1, 0 },
	{ "CNH-HĐH", "công nghiệp hóa, hiện đại hóa", 1, 0 },
	{ "CNH", "công nghiệp hóa", 1, 0 },
	{ "HĐH", "hiện đại hóa", 1, 0 },
	{ "TCM", "tay chân miệng", 1, 0 },
	{ "SXH", "sốt xuất huyết", 1, 0 },
	{ "TCMR", "tiêm chủng mở rộng", 1, 0 },
	{ "VGB", "viêm gan bê", 1, 0 },
	{ "VNNB", "viêm não Nhật Bản", 1, 0 },
	{ "ĐTĐ", "đái tháo đường", 1, 0 },
	{ "KHHGĐ", "kế hoạch hóa gia đình", 1, 0 },
	{ "DS-KHHGĐ", "dân số kế hoạch hóa gia đình", 1, 0 },
	{ "CSSKSS", "chăm sóc sức khỏe sinh sản", 1, 0 },
	{ "SKSS", "sức khỏe sinh sản", 1, 0 },
	{ "BHNT", "bảo hiểm nhân thọ", 1, 0 },
	{ "ĐKĐĐ", "đăng ký đất đai", 1, 0 },
	{ "GPXD", "giấy phép xây dựng", 1, 0 },
	{ "QHSDĐ", "quy hoạch sử dụng đất", 1, 0 },
	{ "KHSDĐ", "kế hoạch sử dụng đất", 1, 0 },
	{ "TTATXH", "trật tự an toàn xã hội", 1, 0 },
	{ "TTATGT", "trật tự an toàn giao thông", 1, 0 },
	{ "ANCS", "an ninh cơ sở", 1, 0 },
	{ "PCTP", "phòng chống tội phạm", 1, 0 },
	{ "TNXH", "tệ nạn xã hội", 1, 0 },
	{ "PCMT", "phòng chống ma túy", 1, 0 },
	{ "LLVT", "lực lượng vũ trang", 1, 0 },
	{ "QNDB", "quân nhân dự bị", 1, 0 },
	{ "TNV", "tình nguyện viên", 1, 0 },
	{ "HĐNVQS", "hội đồng nghĩa vụ quân sự", 1, 0 },
	{ "QĐND", "quân đội nhân dân", 1, 0 },
	{ "QĐNDVN", "quân đội nhân dân Việt Nam", 1, 0 },
	{ "NCC", "người có công", 1, 0 },
	{ "TB&XH", "thương binh và xã hội", 1, 0 },
	{ "BĐI", "báo động một", 1, 0 },
	{ "BĐII", "báo động hai", 1, 0 },
	{ "BĐIII", "báo động ba", 1, 0 },
	{ "TTPVHCC", "trung tâm phục vụ hành chính công", 1, 0 },
	{ "PVHCC", "phục vụ hành chính công", 1, 0 },
	{ "CQĐP", "chính quyền địa phương", 1, 0 },
	{ "CCVC", "công chức, viên chức", 1, 0 },
	{ "VPĐKĐĐ", "văn phòng đăng ký đất đai", 1, 0 },
	{ "VPĐK", "văn phòng đăng ký", 1, 0 },
	{ "UVBTV", "ủy viên ban thường vụ", 1, 0 },
	{ "UV BTV", "ủy viên ban thường vụ", 1, 0 },
	{ "UV BCH", "ủy viên ban chấp hành", 1, 0 },
	{ "LHTN", "liên hiệp thanh niên", 1, 0 },
	{ "SQDB", "sĩ quan dự bị", 1, 0 },
	{ "DQTT", "dân quân thường trực", 1, 0 },
	{ "CHT", "chỉ huy trưởng", 1, 0 },
	{ "BĐBP", "bộ đội biên phòng", 1, 0 },
	{ "Đồn BP", "Đồn biên phòng", 1, 0 },
	{ "đồn BP", "đồn biên phòng", 1, 0 },
	{ "CATP", "công an thành phố", 1, 0 },
	{ "TN&TKQ", "tiếp nhận và trả kết quả", 1, 0 },
	{ "NN&MT", "nông nghiệp và môi trường", 1, 0 },
	{ "ĐKKH", "đăng ký kết hôn", 1, 0 },
	{ "Zalo OA", "da lô ô a", 0, 0 },
	/* Loanwords and brands of scam-warning, health, farming and
	 * admin announcements, respelled as Vietnamese speakers say them. */
	{ "ShopeePay", "sốp pi pây", 0, 0 },
	{ "Gojek", "gô giéc", 0, 0 },
	{ "Threads", "thờ rét", 0, 0 },
	{ "Outlook", "ao lúc", 0, 0 },
	{ "Yahoo", "da hu", 0, 0 },
	{ "Meet", "mít", 0, 0 },
	{ "Google Meet", "gu gồ mít", 0, 0 },
	{ "Zoom", "dum", 0, 0 },
	{ "Teams", "tim", 0, 0 },
	{ "Microsoft", "mai cờ rô sốp", 0, 0 },
	{ "Apple", "áp pồ", 0, 0 },
	{ "Samsung", "xam sung", 0, 0 },
	{ "Oppo", "óp pô", 0, 0 },
	{ "Xiaomi", "xi ao mi", 0, 0 },
	{ "Vivo", "vi vô", 0, 0 },
	{ "Nokia", "nô ki a", 0, 0 },
	{ "iPad", "ai pét", 0, 0 },
	{ "laptop", "láp tốp", 0, 0 },
	{ "chat", "chát", 0, 0 },
	{ "check", "chéc", 0, 0 },
	{ "check-in", "chéc in", 0, 0 },
	{ "checkin", "chéc in", 0, 0 },
	{ "check-out", "chéc ao", 0, 0 },
	{ "checkout", "chéc ao", 0, 0 },
	{ "inbox", "in bốc", 0, 0 },
	{ "like", "lai", 0, 0 },
	{ "share", "se", 0, 0 },
	{ "comment", "com men", 0, 0 },
	{ "post", "pốt", 0, 0 },
	{ "tag", "tác", 0, 0 },
	{ "hashtag", "hát tác", 0, 0 },
	{ "fan", "phan", 0, 0 },
	{ "idol", "ai đồ", 0, 0 },
	{ "influencer", "in phờ lu en xơ", 0, 0 },
	{ "tour", "tua", 0, 0 },
	{ "combo", "com bô", 0, 0 },
	{ "deal", "đin", 0, 0 },
	{ "free", "phờ ri", 0, 0 },
	{ "freeship", "phờ ri síp", 0, 0 },
	{ "page", "pết", 0, 0 },
	{ "group", "gờ rúp", 0, 0 },
	{ "hack", "hách", 0, 0 },
	{ "phishing", "phi sinh", 0, 0 },
	{ "ransomware", "ran xơm que", 0, 0 },
	{ "pass", "pát", 0, 0 },
	{ "Smart", "xờ mát", 0, 0 },
	{ "iBanking", "ai banh king", 0, 0 },
	{ "eBanking", "i banh king", 0, 0 },
	{ "Mobile", "mô bai", 0, 0 },
	{ "Napas", "na pát", 0, 0 },
	{ "coin", "coi", 0, 0 },
	{ "Binance", "bai nan", 0, 0 },
	{ "trading", "trây đinh", 0, 0 },
	{ "Metaverse", "mê ta vơ", 0, 0 },
	{ "robot", "rô bốt", 0, 0 },
	{ "big data", "bích đa ta", 0, 0 },
	{ "cloud", "cờ lao", 0, 0 },
	{ "blockchain", "bờ lốc chen", 0, 0 },
	{ "IoT", "ai ô ti", 1, 0 },
	{ "webcam", "oép cam", 0, 0 },
	{ "micro", "mi cờ rô", 0, 0 },
	{ "WhatsApp", "oát áp", 0, 0 },
	{ "Chrome", "cờ rôm", 0, 0 },
	{ "eTax", "i tắc", 0, 0 },
	{ "VPBank", "vê pê banh", 0, 0 },
	{ "TPBank", "tê pê banh", 0, 0 },
	{ "Sacombank", "sa com banh", 0, 0 },
	{ "HDBank", "hát đê banh", 0, 0 },
	{ "LPBank", "lờ pê banh", 0, 0 },
	{ "SeABank", "xê a banh", 0, 0 },
	{ "MBBank", "mờ bê banh", 0, 0 },
	{ "Bank", "banh", 0, 0 },
	{ "brandname", "bờ ren nêm", 0, 0 },
	{ "seri", "sê ri", 0, 0 },
	{ "series", "sê ri", 0, 0 },
	{ "Cty", "công ty", 0, 0 },
	{ "rubella", "ru bê la", 0, 0 },
	{ "Festival", "phét ti van", 0, 0 },
	{ "SEA Games", "xi ghêm", 0, 0 },
	{ "Cloramin", "cờ lo ra min", 0, 0 },
	{ "urê", "u rê", 0, 0 },
	{ "kali", "ca li", 0, 0 },
	{ "Yagi", "ia ghi", 0, 0 },
	{ "Hib", "híp", 0, 0 },
	{ "bOPV", "bê ô pê vê", 1, 0 },
	{ "update", "ấp đết", 0, 0 },
	{ "download", "đao lốt", 0, 0 },
	{ "upload", "ấp lốt", 0, 0 },
	{ "reset", "ri sét", 0, 0 },
	{ "login", "lốc in", 0, 0 },
	{ "scan", "xờ can", 0, 0 },
	{ "click", "cờ lích", 0, 0 },
	{ "follow", "pho lô", 0, 0 },
	{ "view", "viu", 0, 0 },
	{ "review", "ri viu", 0, 0 },
	{ "feedback", "phít bách", 0, 0 },
	{ "TikToker", "tích tốc cơ", 0, 0 },
	{ "YouTuber", "iu túp bơ", 0, 0 },
	{ "blogger", "bờ lốc gơ", 0, 0 },
	{ "story", "xờ to ri", 0, 0 },
	{ "status", "xờ ta tút", 0, 0 },
	{ "trend", "tren", 0, 0 },
	{ "viral", "vai rồ", 0, 0 },
	{ "nick", "ních", 0, 0 },
	{ "nickname", "ních nêm", 0, 0 },
	{ "avatar", "a va ta", 0, 0 },
	{ "profile", "pờ rô phai", 0, 0 },
	{ "selfie", "xen phi", 0, 0 },
	{ "cookie", "cúc ki", 0, 0 },
	{ "token", "tô cần", 0, 0 },
	{ "server", "xơ vơ", 0, 0 },
	{ "casino", "ca si nô", 0, 0 },
	{ "job", "gióp", 0, 0 },
	{ "part-time", "pát tham", 0, 0 },
	{ "full-time", "phun tham", 0, 0 },
	{ "freelance", "phờ ri lan", 0, 0 },
	{ "order", "o đơ", 0, 0 },
	{ "flash sale", "phờ lát sêu", 0, 0 },
	{ "cashback", "cát bách", 0, 0 },
	{ "Pay", "pây", 0, 0 },
	{ "ViettelPay", "việt ten pây", 0, 0 },
	{ "Money", "mơ ni", 0, 0 },
	{ "PayPal", "pây pan", 0, 0 },
	{ "router", "rao tơ", 0, 0 },
	{ "modem", "mô đem", 0, 0 },
	{ "tablet", "táp lét", 0, 0 },
	{ "MacBook", "mác búc", 0, 0 },
	{ "smartwatch", "xờ mát oát", 0, 0 },
	{ "Office", "óp phít", 0, 0 },
	{ "Word", "uốt", 0, 0 },
	{ "Excel", "ếch xeo", 0, 0 },
	{ "PowerPoint", "pao ơ poi", 0, 0 },
	{ "CapCut", "cáp cát", 0, 0 },
	{ "drone", "đờ rôn", 0, 0 },
	{ "flycam", "phờ lai cam", 0, 0 },
	{ "Netflix", "nét phờ lích", 0, 0 },
	{ "vaccine", "vắc xin", 0, 0 },
	{ "test", "tét", 0, 0 },
	{ "stress", "xờ trét", 0, 0 },
	{ "gym", "dim", 0, 0 },
	{ "yoga", "dô ga", 0, 0 },
	{ "protein", "pờ rô tê in", 0, 0 },
	{ "canxi", "can xi", 0, 0 },
	{ "omega", "ô mê ga", 0, 0 },
	{ "collagen", "cô la gien", 0, 0 },
	{ "insulin", "in su lin", 0, 0 },
	{ "cholesterol", "cô lét tê rôn", 0, 0 },
	{ "glucose", "gờ lu cô", 0, 0 },
	{ "paracetamol", "pa ra xê ta mon", 0, 0 },
	{ "aspirin", "át pi rin", 0, 0 },
	{ "Oresol", "ô rê dôn", 0, 0 },
	{ "rotavirus", "rô ta vi rút", 0, 0 },
	{ "AstraZeneca", "át tra de nê ca", 0, 0 },
	{ "Pfizer", "phai dơ", 0, 0 },
	{ "Moderna", "mô đéc na", 0, 0 },
	{ "methadone", "mê ta đôn", 0, 0 },
	{ "heroin", "hê rô in", 0, 0 },
	{ "ketamine", "kê ta min", 0, 0 },
	{ "shisha", "si sa", 0, 0 },
	{ "vape", "vép", 0, 0 },
	{ "gas", "ga", 0, 0 },
	{ "VietGAP", "việt gáp", 0, 0 },
	{ "GlobalGAP", "gờ lô bồ gáp", 0, 0 },
	{ "organic", "o ga níc", 0, 0 },
	{ "Trichoderma", "tri cô đéc ma", 0, 0 },
	{ "glyphosate", "gờ li phô sát", 0, 0 },
	{ "Paraquat", "pa ra quát", 0, 0 },
	{ "biogas", "bi ô ga", 0, 0 },
	{ "silo", "xi lô", 0, 0 },
	{ "nitrat", "ni trát", 0, 0 },
	{ "clorin", "cờ lo rin", 0, 0 },
	{ "chlorine", "cờ lo rin", 0, 0 },
	{ "iodine", "i ốt", 0, 0 },
	{ "formol", "phoóc môn", 0, 0 },
	{ "formalin", "phoóc ma lin", 0, 0 },
	{ "Omicron", "ô mi cờ rôn", 0, 0 },
	{ "VssID", "vê ét ét ai đi", 0, 0 },
	{ "Olympic", "ô lim pích", 0, 0 },
	{ "Cup", "cúp", 0, 0 },
	{ "marathon", "ma ra tông", 0, 0 },
	{ "gala", "ga la", 0, 0 },
	{ "show", "sô", 0, 0 },
	{ "live", "lai", 0, 0 },
	{ "stream", "xờ trim", 0, 0 },
	{ "team building", "tim biu đinh", 0, 0 },
	{ "workshop", "uốc sốp", 0, 0 },
	{ "talkshow", "tóc sô", 0, 0 },
	{ "massage", "mát xa", 0, 0 },
	{ "hotel", "hô ten", 0, 0 },
	{ "homestay", "hôm xờ tây", 0, 0 },
	{ "resort", "ri dọt", 0, 0 },
	{ "picnic", "píc ních", 0, 0 },
	{ "passport", "pát pọt", 0, 0 },
	{ "booking", "búc kinh", 0, 0 },
	{ "taxi", "tắc xi", 0, 0 },
	{ "bus", "buýt", 0, 0 },
	{ "metro", "mê trô", 0, 0 },
	{ "sticker", "xờ tích cơ", 0, 0 },
	{ "logo", "lô gô", 0, 0 },
	{ "slogan", "xờ lô gan", 0, 0 },
	{ "banner", "ban nơ", 0, 0 },
	{ "poster", "pốt tơ", 0, 0 },
	{ "pano", "pa nô", 0, 0 },
	{ "menu", "mê nu", 0, 0 },
	{ "size", "sai", 0, 0 },
	{ "model", "mô đen", 0, 0 },
	{ "slide", "xờ lai", 0, 0 },
	{ "deadline", "đét lai", 0, 0 },
	{ "meeting", "mít tinh", 0, 0 },
	{ "fax", "phắc", 0, 0 },
	{ "photocopy", "phô tô cóp pi", 0, 0 },
	{ "radio", "ra đi ô", 0, 0 },
	{ "VietQR", "việt kiu a", 0, 0 },
	{ "iOS", "ai ô ét", 0, 0 },
	{ "Play Store", "pờ lây xờ to", 0, 0 },
	{ "TeamViewer", "tim viu ơ", 0, 0 },
	{ "UltraViewer", "un tra viu ơ", 0, 0 },
	{ "AnyDesk", "e ni đét", 0, 0 },
	{ "remote", "ri mốt", 0, 0 },
	{ "spyware", "xờ pai que", 0, 0 },
	{ "trojan", "trô dan", 0, 0 },
	{ "DDoS", "đi đốt", 1, 0 },
	{ "clone", "cờ lôn", 0, 0 },
	{ "acc", "ác", 0, 0 },
	{ "account", "ác cao", 0, 0 },
	{ "tick", "tích", 0, 0 },
	{ "verify", "ve ri phai", 0, 0 },
	{ "bot", "bốt", 1, 0 },
	{ "Drive", "đờ rai", 0, 0 },
	{ "Form", "phom", 0, 0 },
	{ "Maps", "mép", 0, 0 },
	{ "Safari", "sa pha ri", 0, 0 },
	{ "Firefox", "phai ơ phốc", 0, 0 },
	{ "Garena", "ga rê na", 0, 0 },
	{ "Roblox", "rô bờ lốc", 0, 0 },
	{ "ShopeeFood", "sốp pi phút", 0, 0 },
	{ "GrabFood", "gờ ráp phút", 0, 0 },
	{ "Pro Max", "pờ rô mác", 0, 0 },
	{ "Galaxy", "ga la xi", 0, 0 },
	{ "Huawei", "hoa uây", 0, 0 },
	{ "Sony", "xô ni", 0, 0 },
	{ "Dell", "đen", 0, 0 },
	{ "Lenovo", "lê nô vô", 0, 0 },
	{ "Honda", "hon đa", 0, 0 },
	{ "Toyota", "tô i ô ta", 0, 0 },
	{ "VinFast", "vin phát", 0, 0 },
	{ "Vinmec", "vin méc", 0, 0 },
	{ "Vinhomes", "vin hôm", 0, 0 },
	{ "WinMart", "uyn mát", 0, 0 },
	{ "Big C", "bích xê", 0, 0 },
	{ "Aeon", "ê ôn", 0, 0 },
	{ "VNPost", "vê nờ pốt", 0, 0 },
	{ "minigame", "mi ni ghêm", 0, 0 },
	{ "event", "i ven", 0, 0 },
	{ "ISO", "i sô", 1, 0 },
	{ "OCOP", "ô cốp", 1, 0 },
	{ "Eximbank", "ếch xim banh", 0, 0 },
	{ "PVcomBank", "pê vê com banh", 0, 0 },
	{ "Kienlongbank", "kiên long banh", 0, 0 },
	{ "ABBank", "a bê banh", 0, 0 },
	{ "Bac A Bank", "bắc a banh", 0, 0 },
	{ "BacABank", "bắc a banh", 0, 0 },
	{ "Nam A Bank", "nam a banh", 0, 0 },
	{ "slot", "xờ lốt", 0, 0 },
	{ "coupon", "cu pông", 0, 0 },
	{ "Canva", "can va", 0, 0 },
	{ "Discord", "đít cọt", 0, 0 },
	{ "WeChat", "uy chát", 0, 0 },
	{ "voice", "voi", 0, 0 },
	{ "face swap", "phây xoáp", 0, 0 },
	{ "Gemini", "giê mi nai", 0, 0 },
	{ "Copilot", "cô pai lốt", 0, 0 },
	{ "eKYC", "e ca i xê", 0, 0 },
	{ "mini", "mi ni", 0, 0 },
	{ "EXIT", "ếch xít", 1, 0 },
	{ "BLHS", "bộ luật hình sự", 1, 0 },
	{ "BLDS", "bộ luật dân sự", 1, 0 },
	{ "SN", "sinh năm", 1, 1 },
	{ "CNS", "công nghệ số", 1, 0 },
	{ "GDNN-GDTX", "giáo dục nghề nghiệp, giáo dục thường xuyên", 1, 0 },
	{ "GDNN", "giáo dục nghề nghiệp", 1, 0 },
	{ "GDTX", "giáo dục thường xuyên", 1, 0 },
	/* Companies, offices, professions */
	{ "TNHH", "trách nhiệm hữu hạn", 1, 0 },
	{ "TNHH MTV", "trách nhiệm hữu hạn một thành viên", 1, 0 },
	{ "CTCP", "công ty cổ phần", 1, 0 },
	{ "Công ty CP", "công ty cổ phần", 0, 0 },
	{ "Cty CP", "công ty cổ phần", 0, 0 },
	{ "TNHS", "trách nhiệm hình sự", 1, 0 },
	{ "QP-AN", "quốc phòng, an ninh", 1, 0 },
	{ "KTTV", "khí tượng thủy văn", 1, 0 },
	{ "PT-TH", "phát thanh, truyền hình", 1, 0 },
	{ "PTTH", "phát thanh truyền hình", 1, 0 },
	{ "SDĐPNN", "sử dụng đất phi nông nghiệp", 1, 0 },
	{ "SDĐNN", "sử dụng đất nông nghiệp", 1, 0 },
	{ "HĐND-UBND", "hội đồng nhân dân, ủy ban nhân dân", 1, 0 },
	{ "BS.CKI", "bác sĩ chuyên khoa một", 1, 0 },
	{ "BS.CKII", "bác sĩ chuyên khoa hai", 1, 0 },
	{ "CKI", "chuyên khoa một", 1, 0 },
	{ "CKII", "chuyên khoa hai", 1, 0 },
	{ "Ô.", "ông", 1, 1 },
	{ "Tel", "điện thoại", 0, 0 },
	{ "a/c", "anh chị", 1, 0 },
	{ "ACE", "anh chị em", 1, 0 },
	{ "nilon", "ni lông", 0, 0 },
	{ "nylon", "ni lông", 0, 0 },
	{ "Tamiflu", "ta mi phờ lu", 0, 0 },
	{ "Lens", "len", 0, 0 },
	/* Document footers and tables */
	{ "VT", "văn thư", 1, 0 },
	{ "b/c", "báo cáo", 1, 0 },
	{ "t/h", "thực hiện", 1, 0 },
	{ "p/h", "phối hợp", 1, 0 },
	{ "T/M", "thay mặt", 1, 0 },
	{ "STT", "số thứ tự", 1, 0 },
	{ "TTĐT", "thông tin điện tử", 1, 0 },
	{ "TT Đảng ủy", "thường trực Đảng ủy", 1, 0 },
	{ "TT Đảng uỷ", "thường trực Đảng ủy", 1, 0 },
	{ "PAR INDEX", "pa in đéc", 1, 0 },
	{ "SIPAS", "xi pát", 1, 0 },
	{ "e-Cabinet", "i ca bi nét", 0, 0 },
	{ "iHanoi", "ai Hà Nội", 0, 0 },
	{ "iOffice", "ai ô phít", 0, 0 },
	{ "sandbox", "xen bốc", 0, 0 },
	{ "SDĐ", "sử dụng đất", 1, 0 },
	{ "ĐVBC", "đơn vị bầu cử", 1, 0 },
	{ "TNVN", "Tiếng nói Việt Nam", 1, 0 },
	{ "TDND", "tín dụng nhân dân", 1, 0 },
	{ "TĐC", "tái định cư", 1, 0 },
	{ "DVNN", "dịch vụ nông nghiệp", 1, 0 },
	{ "BTXH", "bảo trợ xã hội", 1, 0 },
	{ "Plus", "pờ lớt", 0, 0 },
	{ "City", "xi ti", 0, 0 },
	{ "Reels", "rin", 0, 0 },
	{ "Booking", "búc kinh", 0, 0 },
	{ "Kids", "kít", 0, 0 },
	{ "Parental Control", "pa ren tồ con trôn", 0, 0 },
	{ "Alzheimer", "an dai mơ", 0, 0 },
	{ "Beam", "bim", 0, 0 },
	{ "Filia", "phi li a", 0, 0 },
	{ "5in1", "năm trong một", 0, 0 },
	{ "6in1", "sáu trong một", 0, 0 },
	/* Gambling sites named in warnings */
	{ "fun88", "phăn tám tám", 0, 0 },
	{ "bong88", "bong tám tám", 0, 0 },
	{ "w88", "vê kép tám tám", 0, 0 },
	{ "188bet", "một tám tám bét", 0, 0 },
	{ "kubet", "ku bét", 0, 0 },
	/* Round five: everyday notices */
	{ "TBA", "trạm biến áp", 1, 0 },
	{ "LMLM", "lở mồm long móng", 1, 0 },
	{ "DTLCP", "dịch tả lợn châu Phi", 1, 0 },
	{ "HCV", "huy chương vàng", 1, 0 },
	{ "HCB", "huy chương bạc", 1, 0 },
	{ "HCĐ", "huy chương đồng", 1, 0 },
	{ "HSG", "học sinh giỏi", 1, 0 },
	{ "LS", "liệt sĩ", 1, 0 },
	{ "AL", "âm lịch", 1, 0 },
	{ "Sđt", "số điện thoại", 1, 0 },
	{ "sđt", "số điện thoại", 1, 0 },
	{ "RON95-III", "rôn chín mươi lăm ba", 1, 0 },
	{ "RON95-V", "rôn chín mươi lăm năm", 1, 0 },
	{ "E5RON92", "e năm rôn chín mươi hai", 1, 0 },
	{ "RON", "rôn", 1, 0 },
	{ "dầu DO", "dầu đê ô", 0, 0 },
	/* Round five: the mission bulletins */
	{ "Campuchia", "Cam pu chia", 0, 0 },
	{ "Myanmar", "Mi an ma", 0, 0 },
	{ "Vietlott", "Việt lót", 0, 0 },
	{ "Jackpot", "giắc pót", 0, 0 },
	{ "swap", "xoáp", 0, 0 },
	{ "Authenticator", "ô then ti kê tơ", 0, 0 },
	{ "Family", "phe mi li", 0, 0 },
	{ "Fire", "phai", 0, 0 },
	{ "Agoda", "a gô đa", 0, 0 },
	{ "Traveloka", "tra vơ lô ca", 0, 0 },
	{ "Vietnam Airlines", "Việt Nam e lai", 0, 0 },
	{ "Airlines", "e lai", 0, 0 },
	{ "ion", "i ông", 0, 0 },
	{ "plastic", "pờ lát tích", 0, 0 },
	{ "gameshow", "ghêm sô", 0, 0 },
	{ "Canon", "ca nông", 0, 0 },
	{ "CSKH", "chăm sóc khách hàng", 1, 0 },
	{ "VIP", "víp", 1, 0 },
	{ "EVNHANOI", "e vê nờ Hà Nội", 1, 0 },
	{ "vàng 9999", "vàng bốn số chín", 0, 0 },
	{ "ASEAN", "a xê an", 1, 0 },
	{ "MyTV", "mai ti vi", 0, 0 },
	{ "onebss", "oăn bê ét ét", 0, 0 },
	{ "Pro", "pờ rô", 0, 0 },
	{ "Vietjet Air", "Việt giét e", 0, 0 },
	{ "Vietjet", "Việt giét", 0, 0 },
	{ "Wave", "oay", 0, 0 },
	{ "MXH", "mạng xã hội", 1, 0 },
	{ "QLDA", "quản lý dự án", 1, 0 },
	{ "VnExpress", "vi en ếch pờ rét", 0, 0 },
	{ "Digibank", "đi gi banh", 0, 0 },
	{ "iPay", "ai pây", 0, 0 },
	{ "Bkav", "bê káp", 0, 0 },
	{ "watermark", "oát tơ mác", 0, 0 },
	{ "human-in-the-loop", "hiu mần in đờ lúp", 0, 0 },
	{ "SIMO", "xi mô", 1, 0 },
	{ "LinkedIn", "linh đin", 0, 0 },
	{ "concert", "con xớt", 0, 0 },
	{ "macro", "ma crô", 0, 0 },
	{ "Ticketbox", "tích kê bốc", 0, 0 },
	{ "Urenco", "u ren cô", 0, 0 },
	{ "Marathon", "ma ra tông", 0, 0 },
	{ "Hanoi", "Hà Nội", 0, 0 },
	{ "PAM Air", "pam e", 0, 0 },
	{ "Sky", "xờ cai", 0, 0 },
	{ "Central", "xen trồ", 0, 0 },
	{ "Times City", "tham xi ti", 0, 0 },
	{ "STEM", "xờ tem", 1, 0 },
	{ "Arabica", "a ra bi ca", 0, 0 },
	{ "Robusta", "rô bu xta", 0, 0 },
	{ "Shan", "san", 0, 0 },
	{ "taluy", "ta luy", 0, 0 },
	{ "CO", "xê ô", 1, 0 },
	{ "PTDTBT", "phổ thông dân tộc bán trú", 1, 0 },
	{ "PTDTNT", "phổ thông dân tộc nội trú", 1, 0 },
	{ "CSĐT", "cảnh sát điều tra", 1, 0 },
	{ "KSND", "kiểm sát nhân dân", 1, 0 },
	{ "Malaysia", "Ma lai xi a", 0, 0 },
	{ "Mercedes", "mẹc xê đét", 0, 0 },
	{ "Gold", "gôn", 0, 0 },
	{ "nTrust", "en trớt", 0, 0 },
	{ "Redmi", "rét mi", 0, 0 },
	{ "Note", "nốt", 0, 0 },
	{ "Face ID", "phây ai đi", 0, 0 },
	{ "Face", "phây", 0, 0 },
	{ "Mode", "mốt", 0, 0 },
	{ "World Cup", "uôn cúp", 0, 0 },
	{ "Canada", "Ca na đa", 0, 0 },
	{ "Mexico", "Mê hi cô", 0, 0 },
	{ "Foxconn", "phốc con", 0, 0 },
	{ "Goertek", "gơ tếch", 0, 0 },
	{ "Vina", "vi na", 0, 0 },
	{ "Luxshare", "lắc se", 0, 0 },
	{ "Electronics", "i lếch tơ rô ních", 0, 0 },
	{ "aptomat", "áp tô mát", 0, 0 },
	{ "EPS-TOPIK", "e pê ét tô pích", 1, 0 },
	{ "TOPIK", "tô pích", 1, 0 },
	{ "VSIP", "vi síp", 1, 0 },
};

const struct norm_entry *norm_builtin(size_t *n)
{
	*n = sizeof(builtin) / sizeof(builtin[0]);
	return builtin;
}

#define N_BUILTIN (sizeof(builtin) / sizeof(builtin[0]))

/* One-word entries by folded first byte, built once: norm_dict_find runs
 * for almost every word. */
static const struct norm_entry *single[N_BUILTIN];
static size_t single_at[257];
static pthread_once_t single_once = PTHREAD_ONCE_INIT;

static char first_folded(char ch)
{
	return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
}

static void index_single(void)
{
	size_t k, fill[256];

	for (k = 0; k < N_BUILTIN; k++)
		if (!builtin[k].place && !strchr(builtin[k].written, ' '))
			single_at[(unsigned char)first_folded(builtin[k].written[0]) + 1]++;
	for (k = 1; k < 257; k++)
		single_at[k] += single_at[k - 1];
	memcpy(fill, single_at, sizeof(fill));
	for (k = 0; k < N_BUILTIN; k++)
		if (!builtin[k].place && !strchr(builtin[k].written, ' '))
			single[fill[(unsigned char)first_folded(builtin[k].written[0])]++] =
				&builtin[k];
}

const struct norm_entry *norm_dict_find(const char *p, size_t n)
{
	size_t k, bucket;

	if (!n)
		return NULL;
	pthread_once(&single_once, index_single);
	bucket = (unsigned char)first_folded(p[0]);
	for (k = single_at[bucket]; k < single_at[bucket + 1]; k++) {
		const struct norm_entry *e = single[k];
		size_t wn = strlen(e->written);

		if (e->sensitive ? (wn == n && !memcmp(p, e->written, n))
				 : norm_eq_fold(p, n, e->written, wn))
			return e;
	}
	return NULL;
}

int norm_default_sensitive(const char *written)
{
	size_t pos = 0, len = strlen(written), letters = 0;
	int lower = 0;
	uint32_t cp;

	while (pos < len) {
		if (norm_utf8_next(written, len, &pos, &cp)) {
			pos++;
			continue;
		}
		if (!norm_is_letter_cp(cp))
			continue;
		letters++;
		if (norm_is_lower_cp(cp))
			lower = 1;
	}
	return letters && !lower;
}

/* Lexicon files are small; these caps keep a bad file from eating memory. */
#define MAX_ENTRIES 20000
#define MAX_FIELD 512
#define MAX_WORDS 8

void loa_lexicon_free(struct loa_lexicon **lexicon)
{
	size_t i;

	if (!lexicon || !*lexicon)
		return;
	for (i = 0; i < (*lexicon)->n; i++) {
		free((char *)(*lexicon)->entries[i].written);
		free((char *)(*lexicon)->entries[i].spoken);
	}
	free((*lexicon)->entries);
	free((*lexicon)->file);
	free(*lexicon);
	*lexicon = NULL;
}

/* NFC, trimmed, single spaces; NULL when out of memory. */
static char *clean_field(const char *s)
{
	struct norm_buf nfc, out;
	size_t bad, i;

	norm_buf_init(&nfc, 4 * MAX_FIELD);
	norm_buf_init(&out, 4 * MAX_FIELD);
	if (norm_nfc(s, strlen(s), &nfc, &bad) || nfc.failed) {
		norm_buf_release(&nfc);
		return NULL;
	}
	for (i = 0; i < nfc.len; i++) {
		char c = nfc.p[i];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (out.len && out.p[out.len - 1] != ' ')
				norm_buf_addc(&out, ' ');
		} else {
			norm_buf_addc(&out, c);
		}
	}
	norm_buf_rtrim(&out);
	norm_buf_release(&nfc);
	if (out.failed) {
		norm_buf_release(&out);
		return NULL;
	}
	return norm_buf_detach(&out);
}

static size_t count_words(const char *s)
{
	size_t n = 1;

	for (; *s; s++)
		if (*s == ' ')
			n++;
	return n;
}

static loa_status load_entry(const struct yd_doc *doc,
			     const struct yd_node *item,
			     struct loa_lexicon *lex, struct loa_error *err)
{
	static const char *const keys[] = { "written", "spoken", "case", NULL };
	const char *written, *spoken, *kase;
	struct norm_entry *e = &lex->entries[lex->n];
	const struct yd_node *v;
	loa_status rc;
	size_t i;

	if ((rc = yd_expect(doc, item, YD_MAP, "lexicon entry", err)) ||
	    (rc = yd_check_keys(doc, item, keys, err)) ||
	    (rc = yd_string(doc, item, "written", 1, &written, err)) ||
	    (rc = yd_string(doc, item, "spoken", 1, &spoken, err)) ||
	    (rc = yd_string(doc, item, "case", 0, &kase, err)))
		return rc;
	v = yd_map_get(item, "written");
	if (strlen(written) > MAX_FIELD)
		return yd_error(doc, v, err, "'written' is longer than %d bytes",
				MAX_FIELD);
	v = yd_map_get(item, "spoken");
	if (strlen(spoken) > MAX_FIELD)
		return yd_error(doc, v, err, "'spoken' is longer than %d bytes",
				MAX_FIELD);
	for (i = 0; spoken[i]; i++)
		if (spoken[i] >= '0' && spoken[i] <= '9')
			return yd_error(doc, v, err,
					"'spoken' must not contain digits: "
					"write numbers in words");
	e->written = clean_field(written);
	e->spoken = clean_field(spoken);
	if (!e->written || !e->spoken) {
		free((char *)e->written);
		free((char *)e->spoken);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	lex->n++;
	if (!e->written[0])
		return yd_error(doc, yd_map_get(item, "written"), err,
				"'written' must not be blank");
	if (!e->spoken[0])
		return yd_error(doc, v, err, "'spoken' must not be blank");
	if (count_words(e->written) > MAX_WORDS)
		return yd_error(doc, yd_map_get(item, "written"), err,
				"'written' has more than %d words", MAX_WORDS);
	e->sensitive = (unsigned char)norm_default_sensitive(e->written);
	e->place = 0;
	if (kase) {
		if (!strcmp(kase, "sensitive"))
			e->sensitive = 1;
		else if (!strcmp(kase, "insensitive"))
			e->sensitive = 0;
		else
			return yd_error(doc, yd_map_get(item, "case"), err,
					"'case' must be sensitive or insensitive, "
					"not '%s'", kase);
	}
	return LOA_OK;
}

char norm_fold_byte(char ch)
{
	return ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
}

size_t norm_word_bucket(const char *p, size_t n)
{
	uint32_t h = 2166136261u, cp;
	size_t pos = 0;

	if (n && p[n - 1] == '.')
		n--;
	while (pos < n) {
		if (norm_utf8_next(p, n, &pos, &cp))
			cp = (unsigned char)p[pos++];
		h = (h ^ norm_lower_cp(cp)) * 16777619u;
	}
	return h % NORM_LEX_BUCKETS;
}

static size_t entry_bucket(const struct norm_entry *e)
{
	const char *sp = strchr(e->written, ' ');

	return norm_word_bucket(e->written,
				sp ? (size_t)(sp - e->written) : strlen(e->written));
}

static int same_written(const struct norm_entry *a, const struct norm_entry *b)
{
	return norm_eq_fold(a->written, strlen(a->written), b->written,
			    strlen(b->written)) &&
	       (!a->sensitive || !b->sensitive || !strcmp(a->written, b->written));
}

/* Two entries for the same written form are a mistake: report the first
 * repeat in file order.  Compares within hash buckets only. */
static loa_status find_duplicate(const struct yd_doc *doc,
				 const struct yd_node *list,
				 const struct loa_lexicon *lex,
				 struct loa_error *err)
{
	size_t *bucket = malloc((lex->n + 1) * sizeof(*bucket));
	size_t *order = malloc((lex->n + 1) * sizeof(*order));
	size_t *at = calloc(NORM_LEX_BUCKETS + 1, sizeof(*at));
	size_t k, a, b, repeat = lex->n;
	loa_status rc = LOA_OK;

	if (!bucket || !order || !at) {
		rc = loa_error_set(err, LOA_ENOMEM, "out of memory");
		goto out;
	}
	for (k = 0; k < lex->n; k++) {
		bucket[k] = entry_bucket(&lex->entries[k]);
		at[bucket[k] + 1]++;
	}
	for (k = 1; k <= NORM_LEX_BUCKETS; k++)
		at[k] += at[k - 1];
	for (k = 0; k < lex->n; k++)
		order[at[bucket[k]]++] = k;
	/* at[b] now ends bucket b; entries keep file order inside it. */
	for (k = 0; k < lex->n; k = b) {
		for (b = k; b < lex->n && bucket[order[b]] == bucket[order[k]]; b++)
			for (a = k; a < b; a++)
				if (order[b] < repeat &&
				    same_written(&lex->entries[order[a]],
						 &lex->entries[order[b]]))
					repeat = order[b];
	}
	if (repeat < lex->n)
		rc = yd_error(doc, yd_map_get(list->items[repeat], "written"), err,
			      "'%s' is already in this lexicon",
			      lex->entries[repeat].written);
out:
	free(bucket);
	free(order);
	free(at);
	return rc;
}

/* Buckets the entries by their first word (a stable counting sort) so
 * that a large lexicon costs a comparison or two per word. */
static loa_status index_entries(struct loa_lexicon *lex, struct loa_error *err)
{
	struct norm_entry *sorted;
	size_t *fill, k;

	memset(lex->at, 0, sizeof(lex->at));
	sorted = calloc(lex->n + 1, sizeof(*sorted));
	fill = malloc(NORM_LEX_BUCKETS * sizeof(*fill));
	if (!sorted || !fill) {
		free(sorted);
		free(fill);
		return loa_error_set(err, LOA_ENOMEM, "out of memory");
	}
	for (k = 0; k < lex->n; k++)
		lex->at[entry_bucket(&lex->entries[k]) + 1]++;
	for (k = 1; k <= NORM_LEX_BUCKETS; k++)
		lex->at[k] += lex->at[k - 1];
	memcpy(fill, lex->at, NORM_LEX_BUCKETS * sizeof(*fill));
	for (k = 0; k < lex->n; k++)
		sorted[fill[entry_bucket(&lex->entries[k])]++] = lex->entries[k];
	free(fill);
	free(lex->entries);
	lex->entries = sorted;
	return LOA_OK;
}

loa_status loa_lexicon_load(struct loa_lexicon **out, const char *path,
			    struct loa_error *err)
{
	static const char *const top[] = { "lexicon", NULL };
	struct loa_lexicon *lex = NULL;
	const struct yd_node *list;
	struct yd_doc doc;
	loa_status rc;
	size_t i;

	*out = NULL;
	rc = yd_load_file(&doc, path, err);
	if (rc)
		return rc;
	if (!doc.root) {
		rc = yd_error(&doc, NULL, err, "empty lexicon: expected 'lexicon:'");
		goto out;
	}
	if ((rc = yd_expect(&doc, doc.root, YD_MAP, "lexicon file", err)) ||
	    (rc = yd_check_keys(&doc, doc.root, top, err)))
		goto out;
	list = yd_map_get(doc.root, "lexicon");
	if (!list) {
		rc = yd_error(&doc, doc.root, err, "missing required key 'lexicon'");
		goto out;
	}
	if ((rc = yd_expect(&doc, list, YD_SEQ, "lexicon", err)))
		goto out;
	if (list->n > MAX_ENTRIES) {
		rc = yd_error(&doc, list, err, "more than %d entries", MAX_ENTRIES);
		goto out;
	}
	rc = LOA_ENOMEM;
	lex = calloc(1, sizeof(*lex));
	if (!lex || !(lex->file = strdup(path)) ||
	    !(lex->entries = calloc(list->n + 1, sizeof(*lex->entries)))) {
		loa_error_set(err, rc, "out of memory");
		goto out;
	}
	for (i = 0; i < list->n; i++) {
		rc = load_entry(&doc, list->items[i], lex, err);
		if (rc)
			goto out;
	}
	rc = find_duplicate(&doc, list, lex, err);
	if (rc)
		goto out;
	rc = index_entries(lex, err);
	if (rc)
		goto out;
	*out = lex;
	lex = NULL;
	rc = LOA_OK;
out:
	loa_lexicon_free(&lex);
	yd_release(&doc);
	return rc;
}
