gần đây xuất hiện nhiều trang oép giả mạo cổng dịch vụ công như dịch vụ công gạch ngang gov chấm vi en dịch vụ xê công chấm com
cục thuế khuyến cáo người dân chỉ tải ứng dụng i tắc mô bai trên áp xờ to hoặc xê hát pờ lây
không đọc số căn cước công dân số sê ri sim cho người lạ qua điện thoại
ngân hàng mờ bê vê pê banh tê pê banh khuyến cáo khách hàng không cung cấp thông tin thẻ cho bất kỳ ai
đối tượng hắc tài khoản phây búc rồi nhắn tin cho bạn bè vay tiền nhờ chuyển khoản hộ
đối tượng giả danh công ty tài chính cho vay tiền nhanh không cần thế chấp lãi suất không phần trăm
đối tượng gọi điện qua vai bơ oát áp với số điện thoại có đầu số cộng tám bốn hoặc số nước ngoài
hót lai việt com banh một chín không không năm bốn năm bốn một ba hót lai bê i đê vê một chín không không chín hai bốn bảy
i meo giả mạo thường có địa chỉ như hỗ trợ chấm vê xê bê a còng gờ meo chấm com
đối tượng rao bán vé máy bay giá rẻ tua du lịch giảm giá năm mươi phần trăm trên phây búc
học sinh cần cảnh giác khi được mời làm nhiệm vụ lai se trên iu túp để nhận tiền
chỉ tải trình duyệt cờ rôm cốc cốc từ nguồn chính thức
đối tượng nhắn tin qua da lô ô a phan pết giả mạo ngân hàng yêu cầu đăng nhập in tơ nét banh king
đối tượng sử dụng trạm bê tê ét giả phát tán tin nhắn ét em ét có tên thương hiệu bờ ren nêm của ngân hàng
đối tượng lập nhóm kín trên ép bê in bốc mời tham gia đầu tư với phí tham gia chín mươi chín nghìn đồng một tháng
ủy ban mặt trận tổ quốc việt nam xã phối hợp với đoàn thanh niên cộng sản hồ chí minh hội liên hiệp phụ nữ hội cựu chiến binh hội nông dân tổ chức ra quân
ban chỉ huy quân sự xã thông báo lịch khám sức khỏe nghĩa vụ quân sự cho thanh niên sinh năm hai nghìn không trăm linh tám
đại hội đoàn thanh niên cộng sản hồ chí minh xã lần thứ hai mươi lăm nhiệm kỳ hai nghìn không trăm hai mươi bảy đến hai nghìn không trăm ba mươi hai
đại hội đại biểu hội cựu chiến binh xã lần thứ tám nhiệm kỳ hai nghìn không trăm hai mươi bảy đến hai nghìn không trăm ba mươi hai bầu chín đồng chí vào ban chấp hành
nhân kỷ niệm chín mươi sáu năm ngày thành lập đảng cộng sản việt nam ngày ba tháng hai năm một nghìn chín trăm ba mươi đến ngày ba tháng hai năm hai nghìn không trăm hai mươi sáu
thu nhập bình quân đầu người năm hai nghìn không trăm hai mươi sáu ước đạt sáu mươi tám phẩy năm triệu đồng một người một năm
tổ chức lấy ý kiến cử tri tại mười hai trên mười hai thôn đạt tỷ lệ chín mươi tám phẩy bảy phần trăm
ban chỉ huy quân sự xã thông báo công dân nam sinh năm hai nghìn không trăm linh tám có mặt tại nhà văn hóa thôn đông lúc bảy giờ ngày mười lăm tháng mười hai năm hai nghìn không trăm hai mươi sáu để khám sơ tuyển nghĩa vụ quân sự
bộ chỉ huy quân sự tỉnh tổ chức lễ giao nhận quân năm hai nghìn không trăm hai mươi bảy vào ngày mười bốn tháng hai năm hai nghìn không trăm hai mươi bảy
ủy ban nhân dân xã phối hợp với ủy ban mặt trận tổ quốc và các tổ chức chính trị xã hội tuyên truyền luật trí tuệ nhân tạo đến từng hộ gia đình
phòng văn hóa xã hội xã tiếp nhận hồ sơ đề nghị trợ cấp xã hội hằng tháng
tuyến đường tỉnh ba trăm chín mươi mốt đoạn qua thôn ba tạm dừng lưu thông từ bảy giờ đến mười bảy giờ ngày hai mươi tháng mười hai năm hai nghìn không trăm hai mươi sáu
dự án mở rộng quốc lộ một a đoạn qua xã phải thu hồi đất của bốn mươi lăm hộ dân
sau sắp xếp tỉnh còn một trăm linh bốn đơn vị hành chính cấp xã giảm hai trăm linh bảy đơn vị hành chính so với trước ngày một tháng bảy năm hai nghìn không trăm hai mươi lăm
đến nay xã đã đạt mười chín trên mười chín tiêu chí nông thôn mới chín trên chín thôn đạt chuẩn thôn nông thôn mới kiểu mẫu
bản đồ quy hoạch sử dụng đất tỷ lệ một phần hai nghìn được niêm yết công khai tại trụ sở ủy ban nhân dân xã từ ngày một tháng mười hai năm hai nghìn không trăm hai mươi sáu
khu tái định cư khu xê có năm mươi sáu lô đất sẽ được bốc thăm vào tám giờ ngày hai mươi hai tháng mười hai năm hai nghìn không trăm hai mươi sáu
xã thuộc khu vực ba được hưởng chính sách hỗ trợ theo quyết định số tám trăm sáu mươi mốt quy đê tê tê gờ ngày bốn tháng sáu năm hai nghìn không trăm hai mươi mốt
thuế cơ sở ba tỉnh hưng yên hướng dẫn hộ kinh doanh khai thuế qua ứng dụng i tắc mô bai
bộ phận một cửa tiếp nhận hồ sơ từ thứ hai đến thứ sáu trừ thứ bảy chủ nhật và ngày lễ tết
mức phạt tiền từ mười triệu đồng đến hai mươi triệu đồng đối với hành vi lấn chiếm đất
thời gian khám sức khỏe từ ngày một đến ngày năm tháng mười hai năm hai nghìn không trăm hai mươi sáu tại trạm y tế xã
đồng chí nguyễn văn hùng phó bí thư thường trực đảng ủy chủ tịch hội đồng nhân dân xã phát biểu chỉ đạo hội nghị
ngày sáu tháng một năm hai nghìn không trăm hai mươi bảy ban thường vụ đảng ủy xã họp cho ý kiến về công tác nhân sự
kết quả bầu cử tổng số phiếu hợp lệ là năm nghìn sáu trăm bảy mươi tám trên năm nghìn bảy trăm phiếu đạt chín mươi chín phẩy sáu mươi mốt phần trăm
năng suất lúa vụ mùa năm hai nghìn không trăm hai mươi sáu đạt sáu mươi hai phẩy năm tạ trên héc ta tăng một phẩy hai tạ trên héc ta so với cùng kỳ
năm hai nghìn không trăm hai mươi sáu ủy ban nhân dân xã cấp một trăm hai mươi giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình cá nhân
hội người cao tuổi và hội chữ thập đỏ xã trao năm mươi suất quà mỗi suất trị giá năm trăm nghìn đồng
trạm y tế xã tổ chức tiêm vắc xin sởi ru bê la cho trẻ từ một đến năm tuổi vào ngày mười lăm tháng ba năm hai nghìn không trăm hai mươi sáu
chiến dịch uống vắc xin bại liệt bê ô pê vê đợt hai năm hai nghìn không trăm hai mươi sáu bắt đầu từ bảy giờ ngày hai mươi tháng tư
trạm y tế trực cấp cứu hai mươi tư trên hai mươi tư giờ số điện thoại không hai hai không ba tám năm sáu một một năm
cơn bão số ba ia ghi đang di chuyển theo hướng tây tây bắc với tốc độ mười lăm đến hai mươi ki lô mét trên giờ
mực nước sông thái bình tại phả lại lúc bảy giờ sáng nay là năm phẩy hai mét trên báo động hai không phẩy hai mét
dự báo mực nước sẽ lên mức báo động hai vào chiều ngày mười tháng chín
lượng giống gieo thẳng ba mươi ki lô gam trên sào gieo mạ một phẩy năm đến hai ki lô gam trên sào
bón lót phân nờ pê ca năm mười ba với lượng hai mươi đến hai mươi lăm ki lô gam trên sào
bón thúc lần hai dùng đạm u rê ba đến bốn ki lô gam trên sào kết hợp ka li hai đến ba ki lô gam trên sào
phun thuốc phòng trừ rầy nâu khi mật độ trên ba nghìn con trên mét vuông
phun khử trùng tiêu độc bằng vôi bột với liều một ki lô gam trên mười mét vuông
năng suất lúa bình quân đạt sáu mươi lăm phẩy năm tạ trên héc ta cao hơn vụ trước hai phẩy ba tạ trên héc ta
phân luồng giao thông trên đường tỉnh ba trăm năm mươi ba từ hai mươi hai giờ ngày năm tháng sáu đến năm giờ ngày sáu tháng sáu
cầu tạm có tải trọng năm tấn chỉ cho xe dưới ba phẩy năm tấn đi qua
trường mầm non hoa sen nhận trẻ từ mười tám tháng tuổi
hỗ trợ xây nhà đại đoàn kết bốn mươi triệu đồng một căn cho năm hộ
lễ hội truyền thống đình làng diễn ra từ ngày mười đến ngày mười hai tháng giêng
phét ti van hoa sẽ diễn ra từ ngày ba mươi tháng mười hai năm hai nghìn không trăm hai mươi sáu đến ngày ba tháng một năm hai nghìn không trăm hai mươi bảy
chỉ số chất lượng không khí a quy i hôm nay ở mức một trăm sáu mươi lăm nồng độ bụi pê mờ hai phẩy năm vượt ngưỡng
cho thuê đất công ích với giá một phẩy hai triệu đồng một sào một năm
đã có tám trên mười thôn hoàn thành chỉ tiêu
lịch tiêm chủng mở rộng tháng ba sáng thứ bảy ngày mười bốn tháng ba và chủ nhật ngày mười lăm tháng ba
trẻ dưới một tuổi tiêm vắc xin năm trong một đê pê tê vê gờ bê híp mũi hai
phun hóa chất diệt muỗi đợt hai từ ngày hai mươi bảy tháng bảy đến ngày hai mươi chín tháng bảy
khử trùng bằng cờ lo ra min bê nồng độ hai phần trăm
rằm tháng giêng ngày mười lăm tháng một âm lịch tổ chức lễ dâng hương
đội tuyển u hai mươi ba việt nam thi đấu tại xi ghêm ba mươi ba
mực nước sông luộc đạt ba phẩy tám mươi lăm mét trên báo động ba không phẩy mười lăm mét
xe tải trên hai phẩy năm tấn cấm đi vào đường thôn
thu hoạch đạt hai phẩy một tạ trên sào
hỗ trợ hai triệu đồng một héc ta lúa bị thiệt hại trên bảy mươi phần trăm
tuyến đường huyện không năm bị ngập sâu không phẩy ba đến không phẩy năm mét
tạm dừng lưu thông trên tỉnh lộ ba trăm chín mươi mốt đoạn qua thôn đông
lượng mưa hai mươi tư giờ qua phổ biến năm mươi đến bảy mươi mi li mét trên hai mươi tư giờ
cấy với mật độ bốn mươi đến bốn mươi lăm khóm trên mét vuông
giá thóc khoảng bảy nghìn đến bảy nghìn năm trăm đồng một ki lô gam
công nghệ voi cờ lôn chỉ cần khoảng ba đến năm giây ghi âm giọng nói là có thể tạo ra giọng giả
kẻ gian dùng phây xoáp để ghép mặt người thân vào vi đê ô sau đó gọi qua da lô mét xen giơ để vay tiền
người dân có thể phản ánh trên cổng thông tin điện tử xã tại địa chỉ tiên minh chấm hải phòng chấm gov chấm vi en
điều hai trăm tám mươi tám bộ luật hình sự quy định mức phạt tù cao nhất lên đến bảy năm
trong tháng tư năm hai nghìn không trăm hai mươi sáu trên địa bàn xã xảy ra ba vụ lừa đảo qua vi đê ô côn thiệt hại bốn trăm năm mươi triệu đồng
bà nguyễn thị hát sáu mươi tám tuổi bị lừa chuyển tám mươi lăm triệu đồng qua tài khoản ngân hàng
hiện có nhiều chát bốt ứng dụng ây ai như chát gi pi ti giê mi nai cô pai lốt được sử dụng rộng rãi
khi sử dụng chát gi pi ti giê mi nai cô pai lốt bà con cần kiểm chứng lại thông tin trước khi chia sẻ
phòng văn hóa xã hội xã phối hợp với công an xã đoàn thanh niên tổ chức tuyên truyền tại các thôn
mọi thắc mắc xin liên hệ đồng chí trần văn nam công chức văn hóa xã hội số điện thoại không chín tám bảy sáu năm bốn ba hai một
nội dung tuyên truyền gồm ba phần một nhận diện đíp phếch hai nhãn ây ai ba kênh phản ánh
mọi phản ánh xin gửi về i meo văn hóa xã a còng hải phòng chấm gov chấm vi en
nhóm da lô tổ công nghệ số thôn đông thường xuyên cập nhật cảnh báo lừa đảo mới
đối tượng lê văn tê sinh năm một nghìn chín trăm chín mươi lăm bị phạt mười hai triệu năm trăm nghìn đồng vì đăng tin sai sự thật trên phây búc
sở thông tin truyền thông thành phố khuyến cáo người dân không lai se các bài viết chưa được kiểm chứng
tài khoản phây búc da lô bị hách có thể bị kẻ gian dùng để nhắn tin vay tiền người thân
ngân hàng sẽ không bao giờ yêu cầu khách hàng cung cấp mã ô tê pê hay thực hiện e ca i xê qua đường linh
các ca o lờ tích tốc cơ đăng tải nội dung do ây ai tạo ra phải gắn nhãn theo quy định
công an xã đã bắt giữ hai đối tượng có hành vi lừa đảo chiếm đoạt tài sản qua mạng
mỗi hộ gia đình nên trang bị ít nhất một bình chữa cháy bột a bê xê loại bốn ki lô gam hoặc bình xê o hai loại ba ki lô gam
đề nghị các cơ sở kinh doanh ca ra ô kê nhà nghỉ thực hiện đúng quy định về phòng chống cháy nổ
năm hai nghìn không trăm hai mươi lăm trên địa bàn xã xảy ra ba vụ cháy thiệt hại ước tính khoảng bốn trăm năm mươi triệu đồng
khi đun nấu bằng bếp ga sử dụng xong phải khóa van bình ga
trong sáu tháng đầu năm hai nghìn không trăm hai mươi sáu trên địa bàn xã xảy ra hai vụ tai nạn giao thông làm một người chết ba người bị thương
năm hai nghìn không trăm hai mươi lăm công an xã đã phát hiện bắt giữ năm đối tượng thu giữ hai phẩy năm gam ma túy đá
mỗi cử tri có quyền bỏ ba phiếu bầu đại biểu quốc hội đại biểu hội đồng nhân dân tỉnh và đại biểu hội đồng nhân dân xã
khu vực mất điện gồm trạm biến áp tê ba tê năm và trạm đông xá hai
đề nghị các chủ nhà trọ có trên mười phòng trang bị bình chữa cháy đèn chiếu sáng sự cố đèn ếch xít
xã thành lập một đội dân phòng gồm mười lăm đồng chí trang bị hai máy bơm chữa cháy
đề nghị các hộ dân hàn lại bình ga mi ni không dùng bình ga mi ni đã qua sử dụng
thí sinh thi sát hạch lái xe hạng a một đăng ký tại trung tâm giáo dục nghề nghiệp giáo dục thường xuyên huyện
nồng độ cồn trong máu không vượt quá năm mươi mi li gam trên một trăm mi li lít máu
