"""Shared Vietnamese content for the peer report benchmarks: 35 paragraphs, 63 provinces."""

WORDS = ("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức hội nghị giao ban tại Thừa Thiên Huế "
         "với sự tham dự của đại biểu các tỉnh, thành phố; năm 2023 hệ thống Liên hiệp Hội có 15.500 hội viên, "
         "triển khai Chỉ thị 42-CT/TW và Kết luận 93-KL/TW về xây dựng đội ngũ trí thức trong thời kỳ đẩy mạnh "
         "công nghiệp hóa, hiện đại hóa đất nước, tư vấn, phản biện và giám định xã hội, phổ biến kiến thức").split()

PROVINCES = ["An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
             "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
             "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
             "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hồ Chí Minh", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
             "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình",
             "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
             "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế",
             "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái"]


def paragraph(i, words=130):
    return " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(words)).capitalize() + "."


def rows():
    return [(i + 1, p, (i * 37) % 29 + 1, (i * 53) % 41 + 2) for i, p in enumerate(PROVINCES)]


def grouped(n):
    return f"{n:,}".replace(",", ".")
