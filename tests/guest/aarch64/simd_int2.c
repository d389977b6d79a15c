/*
 * simd_int2.c - the Advanced SIMD integer instructions of
 * a64_simd_int2.decode (saturating, halving, rounding, absolute
 * difference, long and narrowing three-register forms, two-register
 * misc, SADDLV/UADDLV, shifts by immediate with rounding, insertion and
 * saturation, by-element multiplies, TBL/TBX, and their scalar forms),
 * each over many input patterns: random bytes mixed with the edge values
 * 0x00 0xff 0x80 0x7f 0x01, lanes of the most negative value (the one
 * that saturates SQDMULH, SQABS, SQNEG), small signed shift counts, and
 * in-range and out-of-range table indices.  Vd (v2, v4) is preloaded, so
 * accumulating, inserting and "2" forms see it; FPSR is zeroed before
 * each instruction and its QC bit is hashed with the result.  One hash
 * line per instruction, recorded from qemu-aarch64-static.
 */
// test-expect: file
#include <stdint.h>
#include <stdio.h>

#define INSNS(I) \
	I(0, "shadd v2.8b, v0.8b, v1.8b") \
	I(1, "shadd v2.16b, v0.16b, v1.16b") \
	I(2, "shadd v2.4h, v0.4h, v1.4h") \
	I(3, "shadd v2.8h, v0.8h, v1.8h") \
	I(4, "shadd v2.2s, v0.2s, v1.2s") \
	I(5, "shadd v2.4s, v0.4s, v1.4s") \
	I(6, "uhadd v2.8b, v0.8b, v1.8b") \
	I(7, "uhadd v2.16b, v0.16b, v1.16b") \
	I(8, "uhadd v2.4h, v0.4h, v1.4h") \
	I(9, "uhadd v2.8h, v0.8h, v1.8h") \
	I(10, "uhadd v2.2s, v0.2s, v1.2s") \
	I(11, "uhadd v2.4s, v0.4s, v1.4s") \
	I(12, "srhadd v2.8b, v0.8b, v1.8b") \
	I(13, "srhadd v2.16b, v0.16b, v1.16b") \
	I(14, "srhadd v2.4h, v0.4h, v1.4h") \
	I(15, "srhadd v2.8h, v0.8h, v1.8h") \
	I(16, "srhadd v2.2s, v0.2s, v1.2s") \
	I(17, "srhadd v2.4s, v0.4s, v1.4s") \
	I(18, "urhadd v2.8b, v0.8b, v1.8b") \
	I(19, "urhadd v2.16b, v0.16b, v1.16b") \
	I(20, "urhadd v2.4h, v0.4h, v1.4h") \
	I(21, "urhadd v2.8h, v0.8h, v1.8h") \
	I(22, "urhadd v2.2s, v0.2s, v1.2s") \
	I(23, "urhadd v2.4s, v0.4s, v1.4s") \
	I(24, "shsub v2.8b, v0.8b, v1.8b") \
	I(25, "shsub v2.16b, v0.16b, v1.16b") \
	I(26, "shsub v2.4h, v0.4h, v1.4h") \
	I(27, "shsub v2.8h, v0.8h, v1.8h") \
	I(28, "shsub v2.2s, v0.2s, v1.2s") \
	I(29, "shsub v2.4s, v0.4s, v1.4s") \
	I(30, "uhsub v2.8b, v0.8b, v1.8b") \
	I(31, "uhsub v2.16b, v0.16b, v1.16b") \
	I(32, "uhsub v2.4h, v0.4h, v1.4h") \
	I(33, "uhsub v2.8h, v0.8h, v1.8h") \
	I(34, "uhsub v2.2s, v0.2s, v1.2s") \
	I(35, "uhsub v2.4s, v0.4s, v1.4s") \
	I(36, "sabd v2.8b, v0.8b, v1.8b") \
	I(37, "sabd v2.16b, v0.16b, v1.16b") \
	I(38, "sabd v2.4h, v0.4h, v1.4h") \
	I(39, "sabd v2.8h, v0.8h, v1.8h") \
	I(40, "sabd v2.2s, v0.2s, v1.2s") \
	I(41, "sabd v2.4s, v0.4s, v1.4s") \
	I(42, "uabd v2.8b, v0.8b, v1.8b") \
	I(43, "uabd v2.16b, v0.16b, v1.16b") \
	I(44, "uabd v2.4h, v0.4h, v1.4h") \
	I(45, "uabd v2.8h, v0.8h, v1.8h") \
	I(46, "uabd v2.2s, v0.2s, v1.2s") \
	I(47, "uabd v2.4s, v0.4s, v1.4s") \
	I(48, "saba v2.8b, v0.8b, v1.8b") \
	I(49, "saba v2.16b, v0.16b, v1.16b") \
	I(50, "saba v2.4h, v0.4h, v1.4h") \
	I(51, "saba v2.8h, v0.8h, v1.8h") \
	I(52, "saba v2.2s, v0.2s, v1.2s") \
	I(53, "saba v2.4s, v0.4s, v1.4s") \
	I(54, "uaba v2.8b, v0.8b, v1.8b") \
	I(55, "uaba v2.16b, v0.16b, v1.16b") \
	I(56, "uaba v2.4h, v0.4h, v1.4h") \
	I(57, "uaba v2.8h, v0.8h, v1.8h") \
	I(58, "uaba v2.2s, v0.2s, v1.2s") \
	I(59, "uaba v2.4s, v0.4s, v1.4s") \
	I(60, "sqadd v2.8b, v0.8b, v1.8b") \
	I(61, "sqadd v2.16b, v0.16b, v1.16b") \
	I(62, "sqadd v2.4h, v0.4h, v1.4h") \
	I(63, "sqadd v2.8h, v0.8h, v1.8h") \
	I(64, "sqadd v2.2s, v0.2s, v1.2s") \
	I(65, "sqadd v2.4s, v0.4s, v1.4s") \
	I(66, "sqadd v2.2d, v0.2d, v1.2d") \
	I(67, "uqadd v2.8b, v0.8b, v1.8b") \
	I(68, "uqadd v2.16b, v0.16b, v1.16b") \
	I(69, "uqadd v2.4h, v0.4h, v1.4h") \
	I(70, "uqadd v2.8h, v0.8h, v1.8h") \
	I(71, "uqadd v2.2s, v0.2s, v1.2s") \
	I(72, "uqadd v2.4s, v0.4s, v1.4s") \
	I(73, "uqadd v2.2d, v0.2d, v1.2d") \
	I(74, "sqsub v2.8b, v0.8b, v1.8b") \
	I(75, "sqsub v2.16b, v0.16b, v1.16b") \
	I(76, "sqsub v2.4h, v0.4h, v1.4h") \
	I(77, "sqsub v2.8h, v0.8h, v1.8h") \
	I(78, "sqsub v2.2s, v0.2s, v1.2s") \
	I(79, "sqsub v2.4s, v0.4s, v1.4s") \
	I(80, "sqsub v2.2d, v0.2d, v1.2d") \
	I(81, "uqsub v2.8b, v0.8b, v1.8b") \
	I(82, "uqsub v2.16b, v0.16b, v1.16b") \
	I(83, "uqsub v2.4h, v0.4h, v1.4h") \
	I(84, "uqsub v2.8h, v0.8h, v1.8h") \
	I(85, "uqsub v2.2s, v0.2s, v1.2s") \
	I(86, "uqsub v2.4s, v0.4s, v1.4s") \
	I(87, "uqsub v2.2d, v0.2d, v1.2d") \
	I(88, "sqshl v2.8b, v0.8b, v1.8b") \
	I(89, "sqshl v2.16b, v0.16b, v1.16b") \
	I(90, "sqshl v2.4h, v0.4h, v1.4h") \
	I(91, "sqshl v2.8h, v0.8h, v1.8h") \
	I(92, "sqshl v2.2s, v0.2s, v1.2s") \
	I(93, "sqshl v2.4s, v0.4s, v1.4s") \
	I(94, "sqshl v2.2d, v0.2d, v1.2d") \
	I(95, "uqshl v2.8b, v0.8b, v1.8b") \
	I(96, "uqshl v2.16b, v0.16b, v1.16b") \
	I(97, "uqshl v2.4h, v0.4h, v1.4h") \
	I(98, "uqshl v2.8h, v0.8h, v1.8h") \
	I(99, "uqshl v2.2s, v0.2s, v1.2s") \
	I(100, "uqshl v2.4s, v0.4s, v1.4s") \
	I(101, "uqshl v2.2d, v0.2d, v1.2d") \
	I(102, "srshl v2.8b, v0.8b, v1.8b") \
	I(103, "srshl v2.16b, v0.16b, v1.16b") \
	I(104, "srshl v2.4h, v0.4h, v1.4h") \
	I(105, "srshl v2.8h, v0.8h, v1.8h") \
	I(106, "srshl v2.2s, v0.2s, v1.2s") \
	I(107, "srshl v2.4s, v0.4s, v1.4s") \
	I(108, "srshl v2.2d, v0.2d, v1.2d") \
	I(109, "urshl v2.8b, v0.8b, v1.8b") \
	I(110, "urshl v2.16b, v0.16b, v1.16b") \
	I(111, "urshl v2.4h, v0.4h, v1.4h") \
	I(112, "urshl v2.8h, v0.8h, v1.8h") \
	I(113, "urshl v2.2s, v0.2s, v1.2s") \
	I(114, "urshl v2.4s, v0.4s, v1.4s") \
	I(115, "urshl v2.2d, v0.2d, v1.2d") \
	I(116, "sqrshl v2.8b, v0.8b, v1.8b") \
	I(117, "sqrshl v2.16b, v0.16b, v1.16b") \
	I(118, "sqrshl v2.4h, v0.4h, v1.4h") \
	I(119, "sqrshl v2.8h, v0.8h, v1.8h") \
	I(120, "sqrshl v2.2s, v0.2s, v1.2s") \
	I(121, "sqrshl v2.4s, v0.4s, v1.4s") \
	I(122, "sqrshl v2.2d, v0.2d, v1.2d") \
	I(123, "uqrshl v2.8b, v0.8b, v1.8b") \
	I(124, "uqrshl v2.16b, v0.16b, v1.16b") \
	I(125, "uqrshl v2.4h, v0.4h, v1.4h") \
	I(126, "uqrshl v2.8h, v0.8h, v1.8h") \
	I(127, "uqrshl v2.2s, v0.2s, v1.2s") \
	I(128, "uqrshl v2.4s, v0.4s, v1.4s") \
	I(129, "uqrshl v2.2d, v0.2d, v1.2d") \
	I(130, "pmul v2.8b, v0.8b, v1.8b") \
	I(131, "pmul v2.16b, v0.16b, v1.16b") \
	I(132, "sqdmulh v2.4h, v0.4h, v1.4h") \
	I(133, "sqdmulh v2.8h, v0.8h, v1.8h") \
	I(134, "sqdmulh v2.2s, v0.2s, v1.2s") \
	I(135, "sqdmulh v2.4s, v0.4s, v1.4s") \
	I(136, "sqrdmulh v2.4h, v0.4h, v1.4h") \
	I(137, "sqrdmulh v2.8h, v0.8h, v1.8h") \
	I(138, "sqrdmulh v2.2s, v0.2s, v1.2s") \
	I(139, "sqrdmulh v2.4s, v0.4s, v1.4s") \
	I(140, "sqadd b2, b0, b1") \
	I(141, "sqadd h2, h0, h1") \
	I(142, "sqadd s2, s0, s1") \
	I(143, "sqadd d2, d0, d1") \
	I(144, "uqadd b2, b0, b1") \
	I(145, "uqadd h2, h0, h1") \
	I(146, "uqadd s2, s0, s1") \
	I(147, "uqadd d2, d0, d1") \
	I(148, "sqsub b2, b0, b1") \
	I(149, "sqsub h2, h0, h1") \
	I(150, "sqsub s2, s0, s1") \
	I(151, "sqsub d2, d0, d1") \
	I(152, "uqsub b2, b0, b1") \
	I(153, "uqsub h2, h0, h1") \
	I(154, "uqsub s2, s0, s1") \
	I(155, "uqsub d2, d0, d1") \
	I(156, "sqshl b2, b0, b1") \
	I(157, "sqshl h2, h0, h1") \
	I(158, "sqshl s2, s0, s1") \
	I(159, "sqshl d2, d0, d1") \
	I(160, "uqshl b2, b0, b1") \
	I(161, "uqshl h2, h0, h1") \
	I(162, "uqshl s2, s0, s1") \
	I(163, "uqshl d2, d0, d1") \
	I(164, "sqrshl b2, b0, b1") \
	I(165, "sqrshl h2, h0, h1") \
	I(166, "sqrshl s2, s0, s1") \
	I(167, "sqrshl d2, d0, d1") \
	I(168, "uqrshl b2, b0, b1") \
	I(169, "uqrshl h2, h0, h1") \
	I(170, "uqrshl s2, s0, s1") \
	I(171, "uqrshl d2, d0, d1") \
	I(172, "srshl d2, d0, d1") \
	I(173, "urshl d2, d0, d1") \
	I(174, "add d2, d0, d1") \
	I(175, "sub d2, d0, d1") \
	I(176, "cmgt d2, d0, d1") \
	I(177, "cmhi d2, d0, d1") \
	I(178, "cmge d2, d0, d1") \
	I(179, "cmhs d2, d0, d1") \
	I(180, "cmtst d2, d0, d1") \
	I(181, "cmeq d2, d0, d1") \
	I(182, "sqdmulh h2, h0, h1") \
	I(183, "sqdmulh s2, s0, s1") \
	I(184, "sqrdmulh h2, h0, h1") \
	I(185, "sqrdmulh s2, s0, s1") \
	I(186, "raddhn v2.8b, v0.8h, v1.8h") \
	I(187, "raddhn v2.4h, v0.4s, v1.4s") \
	I(188, "raddhn v2.2s, v0.2d, v1.2d") \
	I(189, "raddhn2 v2.16b, v0.8h, v1.8h") \
	I(190, "raddhn2 v2.8h, v0.4s, v1.4s") \
	I(191, "raddhn2 v2.4s, v0.2d, v1.2d") \
	I(192, "rsubhn v2.8b, v0.8h, v1.8h") \
	I(193, "rsubhn v2.4h, v0.4s, v1.4s") \
	I(194, "rsubhn v2.2s, v0.2d, v1.2d") \
	I(195, "rsubhn2 v2.16b, v0.8h, v1.8h") \
	I(196, "rsubhn2 v2.8h, v0.4s, v1.4s") \
	I(197, "rsubhn2 v2.4s, v0.2d, v1.2d") \
	I(198, "sabal v2.8h, v0.8b, v1.8b") \
	I(199, "sabal2 v2.8h, v0.16b, v1.16b") \
	I(200, "sabal v2.4s, v0.4h, v1.4h") \
	I(201, "sabal2 v2.4s, v0.8h, v1.8h") \
	I(202, "sabal v2.2d, v0.2s, v1.2s") \
	I(203, "sabal2 v2.2d, v0.4s, v1.4s") \
	I(204, "uabal v2.8h, v0.8b, v1.8b") \
	I(205, "uabal2 v2.8h, v0.16b, v1.16b") \
	I(206, "uabal v2.4s, v0.4h, v1.4h") \
	I(207, "uabal2 v2.4s, v0.8h, v1.8h") \
	I(208, "uabal v2.2d, v0.2s, v1.2s") \
	I(209, "uabal2 v2.2d, v0.4s, v1.4s") \
	I(210, "sabdl v2.8h, v0.8b, v1.8b") \
	I(211, "sabdl2 v2.8h, v0.16b, v1.16b") \
	I(212, "sabdl v2.4s, v0.4h, v1.4h") \
	I(213, "sabdl2 v2.4s, v0.8h, v1.8h") \
	I(214, "sabdl v2.2d, v0.2s, v1.2s") \
	I(215, "sabdl2 v2.2d, v0.4s, v1.4s") \
	I(216, "uabdl v2.8h, v0.8b, v1.8b") \
	I(217, "uabdl2 v2.8h, v0.16b, v1.16b") \
	I(218, "uabdl v2.4s, v0.4h, v1.4h") \
	I(219, "uabdl2 v2.4s, v0.8h, v1.8h") \
	I(220, "uabdl v2.2d, v0.2s, v1.2s") \
	I(221, "uabdl2 v2.2d, v0.4s, v1.4s") \
	I(222, "smlal v2.8h, v0.8b, v1.8b") \
	I(223, "smlal2 v2.8h, v0.16b, v1.16b") \
	I(224, "smlal v2.4s, v0.4h, v1.4h") \
	I(225, "smlal2 v2.4s, v0.8h, v1.8h") \
	I(226, "smlal v2.2d, v0.2s, v1.2s") \
	I(227, "smlal2 v2.2d, v0.4s, v1.4s") \
	I(228, "umlal v2.8h, v0.8b, v1.8b") \
	I(229, "umlal2 v2.8h, v0.16b, v1.16b") \
	I(230, "umlal v2.4s, v0.4h, v1.4h") \
	I(231, "umlal2 v2.4s, v0.8h, v1.8h") \
	I(232, "umlal v2.2d, v0.2s, v1.2s") \
	I(233, "umlal2 v2.2d, v0.4s, v1.4s") \
	I(234, "smlsl v2.8h, v0.8b, v1.8b") \
	I(235, "smlsl2 v2.8h, v0.16b, v1.16b") \
	I(236, "smlsl v2.4s, v0.4h, v1.4h") \
	I(237, "smlsl2 v2.4s, v0.8h, v1.8h") \
	I(238, "smlsl v2.2d, v0.2s, v1.2s") \
	I(239, "smlsl2 v2.2d, v0.4s, v1.4s") \
	I(240, "umlsl v2.8h, v0.8b, v1.8b") \
	I(241, "umlsl2 v2.8h, v0.16b, v1.16b") \
	I(242, "umlsl v2.4s, v0.4h, v1.4h") \
	I(243, "umlsl2 v2.4s, v0.8h, v1.8h") \
	I(244, "umlsl v2.2d, v0.2s, v1.2s") \
	I(245, "umlsl2 v2.2d, v0.4s, v1.4s") \
	I(246, "smull v2.8h, v0.8b, v1.8b") \
	I(247, "smull2 v2.8h, v0.16b, v1.16b") \
	I(248, "smull v2.4s, v0.4h, v1.4h") \
	I(249, "smull2 v2.4s, v0.8h, v1.8h") \
	I(250, "smull v2.2d, v0.2s, v1.2s") \
	I(251, "smull2 v2.2d, v0.4s, v1.4s") \
	I(252, "umull v2.8h, v0.8b, v1.8b") \
	I(253, "umull2 v2.8h, v0.16b, v1.16b") \
	I(254, "umull v2.4s, v0.4h, v1.4h") \
	I(255, "umull2 v2.4s, v0.8h, v1.8h") \
	I(256, "umull v2.2d, v0.2s, v1.2s") \
	I(257, "umull2 v2.2d, v0.4s, v1.4s") \
	I(258, "sqdmlal v2.4s, v0.4h, v1.4h") \
	I(259, "sqdmlal2 v2.4s, v0.8h, v1.8h") \
	I(260, "sqdmlal v2.2d, v0.2s, v1.2s") \
	I(261, "sqdmlal2 v2.2d, v0.4s, v1.4s") \
	I(262, "sqdmlal s2, h0, h1") \
	I(263, "sqdmlal d2, s0, s1") \
	I(264, "sqdmlsl v2.4s, v0.4h, v1.4h") \
	I(265, "sqdmlsl2 v2.4s, v0.8h, v1.8h") \
	I(266, "sqdmlsl v2.2d, v0.2s, v1.2s") \
	I(267, "sqdmlsl2 v2.2d, v0.4s, v1.4s") \
	I(268, "sqdmlsl s2, h0, h1") \
	I(269, "sqdmlsl d2, s0, s1") \
	I(270, "sqdmull v2.4s, v0.4h, v1.4h") \
	I(271, "sqdmull2 v2.4s, v0.8h, v1.8h") \
	I(272, "sqdmull v2.2d, v0.2s, v1.2s") \
	I(273, "sqdmull2 v2.2d, v0.4s, v1.4s") \
	I(274, "sqdmull s2, h0, h1") \
	I(275, "sqdmull d2, s0, s1") \
	I(276, "pmull v2.8h, v0.8b, v1.8b") \
	I(277, "pmull2 v2.8h, v0.16b, v1.16b") \
	I(278, "saddlp v2.4h, v0.8b") \
	I(279, "saddlp v2.8h, v0.16b") \
	I(280, "saddlp v2.2s, v0.4h") \
	I(281, "saddlp v2.4s, v0.8h") \
	I(282, "saddlp v2.1d, v0.2s") \
	I(283, "saddlp v2.2d, v0.4s") \
	I(284, "uaddlp v2.4h, v0.8b") \
	I(285, "uaddlp v2.8h, v0.16b") \
	I(286, "uaddlp v2.2s, v0.4h") \
	I(287, "uaddlp v2.4s, v0.8h") \
	I(288, "uaddlp v2.1d, v0.2s") \
	I(289, "uaddlp v2.2d, v0.4s") \
	I(290, "sadalp v2.4h, v0.8b") \
	I(291, "sadalp v2.8h, v0.16b") \
	I(292, "sadalp v2.2s, v0.4h") \
	I(293, "sadalp v2.4s, v0.8h") \
	I(294, "sadalp v2.1d, v0.2s") \
	I(295, "sadalp v2.2d, v0.4s") \
	I(296, "uadalp v2.4h, v0.8b") \
	I(297, "uadalp v2.8h, v0.16b") \
	I(298, "uadalp v2.2s, v0.4h") \
	I(299, "uadalp v2.4s, v0.8h") \
	I(300, "uadalp v2.1d, v0.2s") \
	I(301, "uadalp v2.2d, v0.4s") \
	I(302, "suqadd v2.8b, v0.8b") \
	I(303, "suqadd v2.16b, v0.16b") \
	I(304, "suqadd v2.4h, v0.4h") \
	I(305, "suqadd v2.8h, v0.8h") \
	I(306, "suqadd v2.2s, v0.2s") \
	I(307, "suqadd v2.4s, v0.4s") \
	I(308, "suqadd v2.2d, v0.2d") \
	I(309, "suqadd b2, b0") \
	I(310, "suqadd h2, h0") \
	I(311, "suqadd s2, s0") \
	I(312, "suqadd d2, d0") \
	I(313, "usqadd v2.8b, v0.8b") \
	I(314, "usqadd v2.16b, v0.16b") \
	I(315, "usqadd v2.4h, v0.4h") \
	I(316, "usqadd v2.8h, v0.8h") \
	I(317, "usqadd v2.2s, v0.2s") \
	I(318, "usqadd v2.4s, v0.4s") \
	I(319, "usqadd v2.2d, v0.2d") \
	I(320, "usqadd b2, b0") \
	I(321, "usqadd h2, h0") \
	I(322, "usqadd s2, s0") \
	I(323, "usqadd d2, d0") \
	I(324, "sqabs v2.8b, v0.8b") \
	I(325, "sqabs v2.16b, v0.16b") \
	I(326, "sqabs v2.4h, v0.4h") \
	I(327, "sqabs v2.8h, v0.8h") \
	I(328, "sqabs v2.2s, v0.2s") \
	I(329, "sqabs v2.4s, v0.4s") \
	I(330, "sqabs v2.2d, v0.2d") \
	I(331, "sqabs b2, b0") \
	I(332, "sqabs h2, h0") \
	I(333, "sqabs s2, s0") \
	I(334, "sqabs d2, d0") \
	I(335, "sqneg v2.8b, v0.8b") \
	I(336, "sqneg v2.16b, v0.16b") \
	I(337, "sqneg v2.4h, v0.4h") \
	I(338, "sqneg v2.8h, v0.8h") \
	I(339, "sqneg v2.2s, v0.2s") \
	I(340, "sqneg v2.4s, v0.4s") \
	I(341, "sqneg v2.2d, v0.2d") \
	I(342, "sqneg b2, b0") \
	I(343, "sqneg h2, h0") \
	I(344, "sqneg s2, s0") \
	I(345, "sqneg d2, d0") \
	I(346, "cls v2.8b, v0.8b") \
	I(347, "cls v2.16b, v0.16b") \
	I(348, "cls v2.4h, v0.4h") \
	I(349, "cls v2.8h, v0.8h") \
	I(350, "cls v2.2s, v0.2s") \
	I(351, "cls v2.4s, v0.4s") \
	I(352, "clz v2.8b, v0.8b") \
	I(353, "clz v2.16b, v0.16b") \
	I(354, "clz v2.4h, v0.4h") \
	I(355, "clz v2.8h, v0.8h") \
	I(356, "clz v2.2s, v0.2s") \
	I(357, "clz v2.4s, v0.4s") \
	I(358, "rbit v2.8b, v0.8b") \
	I(359, "rbit v2.16b, v0.16b") \
	I(360, "sqxtn v2.8b, v0.8h") \
	I(361, "sqxtn v2.4h, v0.4s") \
	I(362, "sqxtn v2.2s, v0.2d") \
	I(363, "sqxtn2 v2.16b, v0.8h") \
	I(364, "sqxtn2 v2.8h, v0.4s") \
	I(365, "sqxtn2 v2.4s, v0.2d") \
	I(366, "sqxtn b2, h0") \
	I(367, "sqxtn h2, s0") \
	I(368, "sqxtn s2, d0") \
	I(369, "uqxtn v2.8b, v0.8h") \
	I(370, "uqxtn v2.4h, v0.4s") \
	I(371, "uqxtn v2.2s, v0.2d") \
	I(372, "uqxtn2 v2.16b, v0.8h") \
	I(373, "uqxtn2 v2.8h, v0.4s") \
	I(374, "uqxtn2 v2.4s, v0.2d") \
	I(375, "uqxtn b2, h0") \
	I(376, "uqxtn h2, s0") \
	I(377, "uqxtn s2, d0") \
	I(378, "sqxtun v2.8b, v0.8h") \
	I(379, "sqxtun v2.4h, v0.4s") \
	I(380, "sqxtun v2.2s, v0.2d") \
	I(381, "sqxtun2 v2.16b, v0.8h") \
	I(382, "sqxtun2 v2.8h, v0.4s") \
	I(383, "sqxtun2 v2.4s, v0.2d") \
	I(384, "sqxtun b2, h0") \
	I(385, "sqxtun h2, s0") \
	I(386, "sqxtun s2, d0") \
	I(387, "shll v2.8h, v0.8b, #8") \
	I(388, "shll2 v2.8h, v0.16b, #8") \
	I(389, "shll v2.4s, v0.4h, #16") \
	I(390, "shll2 v2.4s, v0.8h, #16") \
	I(391, "shll v2.2d, v0.2s, #32") \
	I(392, "shll2 v2.2d, v0.4s, #32") \
	I(393, "urecpe v2.2s, v0.2s") \
	I(394, "urecpe v2.4s, v0.4s") \
	I(395, "ursqrte v2.2s, v0.2s") \
	I(396, "ursqrte v2.4s, v0.4s") \
	I(397, "abs d2, d0") \
	I(398, "neg d2, d0") \
	I(399, "saddlv h2, v0.8b") \
	I(400, "saddlv h2, v0.16b") \
	I(401, "saddlv s2, v0.4h") \
	I(402, "saddlv s2, v0.8h") \
	I(403, "saddlv d2, v0.4s") \
	I(404, "uaddlv h2, v0.8b") \
	I(405, "uaddlv h2, v0.16b") \
	I(406, "uaddlv s2, v0.4h") \
	I(407, "uaddlv s2, v0.8h") \
	I(408, "uaddlv d2, v0.4s") \
	I(409, "srshr v2.8b, v0.8b, #1") \
	I(410, "srshr v2.8b, v0.8b, #3") \
	I(411, "srshr v2.8b, v0.8b, #8") \
	I(412, "srshr v2.16b, v0.16b, #1") \
	I(413, "srshr v2.16b, v0.16b, #3") \
	I(414, "srshr v2.16b, v0.16b, #8") \
	I(415, "srshr v2.4h, v0.4h, #1") \
	I(416, "srshr v2.4h, v0.4h, #7") \
	I(417, "srshr v2.4h, v0.4h, #16") \
	I(418, "srshr v2.8h, v0.8h, #1") \
	I(419, "srshr v2.8h, v0.8h, #7") \
	I(420, "srshr v2.8h, v0.8h, #16") \
	I(421, "srshr v2.2s, v0.2s, #1") \
	I(422, "srshr v2.2s, v0.2s, #15") \
	I(423, "srshr v2.2s, v0.2s, #32") \
	I(424, "srshr v2.4s, v0.4s, #1") \
	I(425, "srshr v2.4s, v0.4s, #15") \
	I(426, "srshr v2.4s, v0.4s, #32") \
	I(427, "srshr v2.2d, v0.2d, #1") \
	I(428, "srshr v2.2d, v0.2d, #31") \
	I(429, "srshr v2.2d, v0.2d, #64") \
	I(430, "urshr v2.8b, v0.8b, #1") \
	I(431, "urshr v2.8b, v0.8b, #3") \
	I(432, "urshr v2.8b, v0.8b, #8") \
	I(433, "urshr v2.16b, v0.16b, #1") \
	I(434, "urshr v2.16b, v0.16b, #3") \
	I(435, "urshr v2.16b, v0.16b, #8") \
	I(436, "urshr v2.4h, v0.4h, #1") \
	I(437, "urshr v2.4h, v0.4h, #7") \
	I(438, "urshr v2.4h, v0.4h, #16") \
	I(439, "urshr v2.8h, v0.8h, #1") \
	I(440, "urshr v2.8h, v0.8h, #7") \
	I(441, "urshr v2.8h, v0.8h, #16") \
	I(442, "urshr v2.2s, v0.2s, #1") \
	I(443, "urshr v2.2s, v0.2s, #15") \
	I(444, "urshr v2.2s, v0.2s, #32") \
	I(445, "urshr v2.4s, v0.4s, #1") \
	I(446, "urshr v2.4s, v0.4s, #15") \
	I(447, "urshr v2.4s, v0.4s, #32") \
	I(448, "urshr v2.2d, v0.2d, #1") \
	I(449, "urshr v2.2d, v0.2d, #31") \
	I(450, "urshr v2.2d, v0.2d, #64") \
	I(451, "srsra v2.8b, v0.8b, #1") \
	I(452, "srsra v2.8b, v0.8b, #3") \
	I(453, "srsra v2.8b, v0.8b, #8") \
	I(454, "srsra v2.16b, v0.16b, #1") \
	I(455, "srsra v2.16b, v0.16b, #3") \
	I(456, "srsra v2.16b, v0.16b, #8") \
	I(457, "srsra v2.4h, v0.4h, #1") \
	I(458, "srsra v2.4h, v0.4h, #7") \
	I(459, "srsra v2.4h, v0.4h, #16") \
	I(460, "srsra v2.8h, v0.8h, #1") \
	I(461, "srsra v2.8h, v0.8h, #7") \
	I(462, "srsra v2.8h, v0.8h, #16") \
	I(463, "srsra v2.2s, v0.2s, #1") \
	I(464, "srsra v2.2s, v0.2s, #15") \
	I(465, "srsra v2.2s, v0.2s, #32") \
	I(466, "srsra v2.4s, v0.4s, #1") \
	I(467, "srsra v2.4s, v0.4s, #15") \
	I(468, "srsra v2.4s, v0.4s, #32") \
	I(469, "srsra v2.2d, v0.2d, #1") \
	I(470, "srsra v2.2d, v0.2d, #31") \
	I(471, "srsra v2.2d, v0.2d, #64") \
	I(472, "ursra v2.8b, v0.8b, #1") \
	I(473, "ursra v2.8b, v0.8b, #3") \
	I(474, "ursra v2.8b, v0.8b, #8") \
	I(475, "ursra v2.16b, v0.16b, #1") \
	I(476, "ursra v2.16b, v0.16b, #3") \
	I(477, "ursra v2.16b, v0.16b, #8") \
	I(478, "ursra v2.4h, v0.4h, #1") \
	I(479, "ursra v2.4h, v0.4h, #7") \
	I(480, "ursra v2.4h, v0.4h, #16") \
	I(481, "ursra v2.8h, v0.8h, #1") \
	I(482, "ursra v2.8h, v0.8h, #7") \
	I(483, "ursra v2.8h, v0.8h, #16") \
	I(484, "ursra v2.2s, v0.2s, #1") \
	I(485, "ursra v2.2s, v0.2s, #15") \
	I(486, "ursra v2.2s, v0.2s, #32") \
	I(487, "ursra v2.4s, v0.4s, #1") \
	I(488, "ursra v2.4s, v0.4s, #15") \
	I(489, "ursra v2.4s, v0.4s, #32") \
	I(490, "ursra v2.2d, v0.2d, #1") \
	I(491, "ursra v2.2d, v0.2d, #31") \
	I(492, "ursra v2.2d, v0.2d, #64") \
	I(493, "sri v2.8b, v0.8b, #1") \
	I(494, "sri v2.8b, v0.8b, #3") \
	I(495, "sri v2.8b, v0.8b, #8") \
	I(496, "sri v2.16b, v0.16b, #1") \
	I(497, "sri v2.16b, v0.16b, #3") \
	I(498, "sri v2.16b, v0.16b, #8") \
	I(499, "sri v2.4h, v0.4h, #1") \
	I(500, "sri v2.4h, v0.4h, #7") \
	I(501, "sri v2.4h, v0.4h, #16") \
	I(502, "sri v2.8h, v0.8h, #1") \
	I(503, "sri v2.8h, v0.8h, #7") \
	I(504, "sri v2.8h, v0.8h, #16") \
	I(505, "sri v2.2s, v0.2s, #1") \
	I(506, "sri v2.2s, v0.2s, #15") \
	I(507, "sri v2.2s, v0.2s, #32") \
	I(508, "sri v2.4s, v0.4s, #1") \
	I(509, "sri v2.4s, v0.4s, #15") \
	I(510, "sri v2.4s, v0.4s, #32") \
	I(511, "sri v2.2d, v0.2d, #1") \
	I(512, "sri v2.2d, v0.2d, #31") \
	I(513, "sri v2.2d, v0.2d, #64") \
	I(514, "sli v2.8b, v0.8b, #0") \
	I(515, "sli v2.8b, v0.8b, #1") \
	I(516, "sli v2.8b, v0.8b, #5") \
	I(517, "sli v2.8b, v0.8b, #7") \
	I(518, "sli v2.16b, v0.16b, #0") \
	I(519, "sli v2.16b, v0.16b, #1") \
	I(520, "sli v2.16b, v0.16b, #5") \
	I(521, "sli v2.16b, v0.16b, #7") \
	I(522, "sli v2.4h, v0.4h, #0") \
	I(523, "sli v2.4h, v0.4h, #1") \
	I(524, "sli v2.4h, v0.4h, #9") \
	I(525, "sli v2.4h, v0.4h, #15") \
	I(526, "sli v2.8h, v0.8h, #0") \
	I(527, "sli v2.8h, v0.8h, #1") \
	I(528, "sli v2.8h, v0.8h, #9") \
	I(529, "sli v2.8h, v0.8h, #15") \
	I(530, "sli v2.2s, v0.2s, #0") \
	I(531, "sli v2.2s, v0.2s, #1") \
	I(532, "sli v2.2s, v0.2s, #17") \
	I(533, "sli v2.2s, v0.2s, #31") \
	I(534, "sli v2.4s, v0.4s, #0") \
	I(535, "sli v2.4s, v0.4s, #1") \
	I(536, "sli v2.4s, v0.4s, #17") \
	I(537, "sli v2.4s, v0.4s, #31") \
	I(538, "sli v2.2d, v0.2d, #0") \
	I(539, "sli v2.2d, v0.2d, #1") \
	I(540, "sli v2.2d, v0.2d, #33") \
	I(541, "sli v2.2d, v0.2d, #63") \
	I(542, "sqshl v2.8b, v0.8b, #0") \
	I(543, "sqshl v2.8b, v0.8b, #1") \
	I(544, "sqshl v2.8b, v0.8b, #5") \
	I(545, "sqshl v2.8b, v0.8b, #7") \
	I(546, "sqshl v2.16b, v0.16b, #0") \
	I(547, "sqshl v2.16b, v0.16b, #1") \
	I(548, "sqshl v2.16b, v0.16b, #5") \
	I(549, "sqshl v2.16b, v0.16b, #7") \
	I(550, "sqshl v2.4h, v0.4h, #0") \
	I(551, "sqshl v2.4h, v0.4h, #1") \
	I(552, "sqshl v2.4h, v0.4h, #9") \
	I(553, "sqshl v2.4h, v0.4h, #15") \
	I(554, "sqshl v2.8h, v0.8h, #0") \
	I(555, "sqshl v2.8h, v0.8h, #1") \
	I(556, "sqshl v2.8h, v0.8h, #9") \
	I(557, "sqshl v2.8h, v0.8h, #15") \
	I(558, "sqshl v2.2s, v0.2s, #0") \
	I(559, "sqshl v2.2s, v0.2s, #1") \
	I(560, "sqshl v2.2s, v0.2s, #17") \
	I(561, "sqshl v2.2s, v0.2s, #31") \
	I(562, "sqshl v2.4s, v0.4s, #0") \
	I(563, "sqshl v2.4s, v0.4s, #1") \
	I(564, "sqshl v2.4s, v0.4s, #17") \
	I(565, "sqshl v2.4s, v0.4s, #31") \
	I(566, "sqshl v2.2d, v0.2d, #0") \
	I(567, "sqshl v2.2d, v0.2d, #1") \
	I(568, "sqshl v2.2d, v0.2d, #33") \
	I(569, "sqshl v2.2d, v0.2d, #63") \
	I(570, "uqshl v2.8b, v0.8b, #0") \
	I(571, "uqshl v2.8b, v0.8b, #1") \
	I(572, "uqshl v2.8b, v0.8b, #5") \
	I(573, "uqshl v2.8b, v0.8b, #7") \
	I(574, "uqshl v2.16b, v0.16b, #0") \
	I(575, "uqshl v2.16b, v0.16b, #1") \
	I(576, "uqshl v2.16b, v0.16b, #5") \
	I(577, "uqshl v2.16b, v0.16b, #7") \
	I(578, "uqshl v2.4h, v0.4h, #0") \
	I(579, "uqshl v2.4h, v0.4h, #1") \
	I(580, "uqshl v2.4h, v0.4h, #9") \
	I(581, "uqshl v2.4h, v0.4h, #15") \
	I(582, "uqshl v2.8h, v0.8h, #0") \
	I(583, "uqshl v2.8h, v0.8h, #1") \
	I(584, "uqshl v2.8h, v0.8h, #9") \
	I(585, "uqshl v2.8h, v0.8h, #15") \
	I(586, "uqshl v2.2s, v0.2s, #0") \
	I(587, "uqshl v2.2s, v0.2s, #1") \
	I(588, "uqshl v2.2s, v0.2s, #17") \
	I(589, "uqshl v2.2s, v0.2s, #31") \
	I(590, "uqshl v2.4s, v0.4s, #0") \
	I(591, "uqshl v2.4s, v0.4s, #1") \
	I(592, "uqshl v2.4s, v0.4s, #17") \
	I(593, "uqshl v2.4s, v0.4s, #31") \
	I(594, "uqshl v2.2d, v0.2d, #0") \
	I(595, "uqshl v2.2d, v0.2d, #1") \
	I(596, "uqshl v2.2d, v0.2d, #33") \
	I(597, "uqshl v2.2d, v0.2d, #63") \
	I(598, "sqshlu v2.8b, v0.8b, #0") \
	I(599, "sqshlu v2.8b, v0.8b, #1") \
	I(600, "sqshlu v2.8b, v0.8b, #5") \
	I(601, "sqshlu v2.8b, v0.8b, #7") \
	I(602, "sqshlu v2.16b, v0.16b, #0") \
	I(603, "sqshlu v2.16b, v0.16b, #1") \
	I(604, "sqshlu v2.16b, v0.16b, #5") \
	I(605, "sqshlu v2.16b, v0.16b, #7") \
	I(606, "sqshlu v2.4h, v0.4h, #0") \
	I(607, "sqshlu v2.4h, v0.4h, #1") \
	I(608, "sqshlu v2.4h, v0.4h, #9") \
	I(609, "sqshlu v2.4h, v0.4h, #15") \
	I(610, "sqshlu v2.8h, v0.8h, #0") \
	I(611, "sqshlu v2.8h, v0.8h, #1") \
	I(612, "sqshlu v2.8h, v0.8h, #9") \
	I(613, "sqshlu v2.8h, v0.8h, #15") \
	I(614, "sqshlu v2.2s, v0.2s, #0") \
	I(615, "sqshlu v2.2s, v0.2s, #1") \
	I(616, "sqshlu v2.2s, v0.2s, #17") \
	I(617, "sqshlu v2.2s, v0.2s, #31") \
	I(618, "sqshlu v2.4s, v0.4s, #0") \
	I(619, "sqshlu v2.4s, v0.4s, #1") \
	I(620, "sqshlu v2.4s, v0.4s, #17") \
	I(621, "sqshlu v2.4s, v0.4s, #31") \
	I(622, "sqshlu v2.2d, v0.2d, #0") \
	I(623, "sqshlu v2.2d, v0.2d, #1") \
	I(624, "sqshlu v2.2d, v0.2d, #33") \
	I(625, "sqshlu v2.2d, v0.2d, #63") \
	I(626, "rshrn v2.8b, v0.8h, #1") \
	I(627, "rshrn2 v2.16b, v0.8h, #1") \
	I(628, "rshrn v2.8b, v0.8h, #5") \
	I(629, "rshrn2 v2.16b, v0.8h, #5") \
	I(630, "rshrn v2.8b, v0.8h, #8") \
	I(631, "rshrn2 v2.16b, v0.8h, #8") \
	I(632, "rshrn v2.4h, v0.4s, #1") \
	I(633, "rshrn2 v2.8h, v0.4s, #1") \
	I(634, "rshrn v2.4h, v0.4s, #9") \
	I(635, "rshrn2 v2.8h, v0.4s, #9") \
	I(636, "rshrn v2.4h, v0.4s, #16") \
	I(637, "rshrn2 v2.8h, v0.4s, #16") \
	I(638, "rshrn v2.2s, v0.2d, #1") \
	I(639, "rshrn2 v2.4s, v0.2d, #1") \
	I(640, "rshrn v2.2s, v0.2d, #17") \
	I(641, "rshrn2 v2.4s, v0.2d, #17") \
	I(642, "rshrn v2.2s, v0.2d, #32") \
	I(643, "rshrn2 v2.4s, v0.2d, #32") \
	I(644, "sqshrn v2.8b, v0.8h, #1") \
	I(645, "sqshrn2 v2.16b, v0.8h, #1") \
	I(646, "sqshrn v2.8b, v0.8h, #5") \
	I(647, "sqshrn2 v2.16b, v0.8h, #5") \
	I(648, "sqshrn v2.8b, v0.8h, #8") \
	I(649, "sqshrn2 v2.16b, v0.8h, #8") \
	I(650, "sqshrn v2.4h, v0.4s, #1") \
	I(651, "sqshrn2 v2.8h, v0.4s, #1") \
	I(652, "sqshrn v2.4h, v0.4s, #9") \
	I(653, "sqshrn2 v2.8h, v0.4s, #9") \
	I(654, "sqshrn v2.4h, v0.4s, #16") \
	I(655, "sqshrn2 v2.8h, v0.4s, #16") \
	I(656, "sqshrn v2.2s, v0.2d, #1") \
	I(657, "sqshrn2 v2.4s, v0.2d, #1") \
	I(658, "sqshrn v2.2s, v0.2d, #17") \
	I(659, "sqshrn2 v2.4s, v0.2d, #17") \
	I(660, "sqshrn v2.2s, v0.2d, #32") \
	I(661, "sqshrn2 v2.4s, v0.2d, #32") \
	I(662, "uqshrn v2.8b, v0.8h, #1") \
	I(663, "uqshrn2 v2.16b, v0.8h, #1") \
	I(664, "uqshrn v2.8b, v0.8h, #5") \
	I(665, "uqshrn2 v2.16b, v0.8h, #5") \
	I(666, "uqshrn v2.8b, v0.8h, #8") \
	I(667, "uqshrn2 v2.16b, v0.8h, #8") \
	I(668, "uqshrn v2.4h, v0.4s, #1") \
	I(669, "uqshrn2 v2.8h, v0.4s, #1") \
	I(670, "uqshrn v2.4h, v0.4s, #9") \
	I(671, "uqshrn2 v2.8h, v0.4s, #9") \
	I(672, "uqshrn v2.4h, v0.4s, #16") \
	I(673, "uqshrn2 v2.8h, v0.4s, #16") \
	I(674, "uqshrn v2.2s, v0.2d, #1") \
	I(675, "uqshrn2 v2.4s, v0.2d, #1") \
	I(676, "uqshrn v2.2s, v0.2d, #17") \
	I(677, "uqshrn2 v2.4s, v0.2d, #17") \
	I(678, "uqshrn v2.2s, v0.2d, #32") \
	I(679, "uqshrn2 v2.4s, v0.2d, #32") \
	I(680, "sqrshrn v2.8b, v0.8h, #1") \
	I(681, "sqrshrn2 v2.16b, v0.8h, #1") \
	I(682, "sqrshrn v2.8b, v0.8h, #5") \
	I(683, "sqrshrn2 v2.16b, v0.8h, #5") \
	I(684, "sqrshrn v2.8b, v0.8h, #8") \
	I(685, "sqrshrn2 v2.16b, v0.8h, #8") \
	I(686, "sqrshrn v2.4h, v0.4s, #1") \
	I(687, "sqrshrn2 v2.8h, v0.4s, #1") \
	I(688, "sqrshrn v2.4h, v0.4s, #9") \
	I(689, "sqrshrn2 v2.8h, v0.4s, #9") \
	I(690, "sqrshrn v2.4h, v0.4s, #16") \
	I(691, "sqrshrn2 v2.8h, v0.4s, #16") \
	I(692, "sqrshrn v2.2s, v0.2d, #1") \
	I(693, "sqrshrn2 v2.4s, v0.2d, #1") \
	I(694, "sqrshrn v2.2s, v0.2d, #17") \
	I(695, "sqrshrn2 v2.4s, v0.2d, #17") \
	I(696, "sqrshrn v2.2s, v0.2d, #32") \
	I(697, "sqrshrn2 v2.4s, v0.2d, #32") \
	I(698, "uqrshrn v2.8b, v0.8h, #1") \
	I(699, "uqrshrn2 v2.16b, v0.8h, #1") \
	I(700, "uqrshrn v2.8b, v0.8h, #5") \
	I(701, "uqrshrn2 v2.16b, v0.8h, #5") \
	I(702, "uqrshrn v2.8b, v0.8h, #8") \
	I(703, "uqrshrn2 v2.16b, v0.8h, #8") \
	I(704, "uqrshrn v2.4h, v0.4s, #1") \
	I(705, "uqrshrn2 v2.8h, v0.4s, #1") \
	I(706, "uqrshrn v2.4h, v0.4s, #9") \
	I(707, "uqrshrn2 v2.8h, v0.4s, #9") \
	I(708, "uqrshrn v2.4h, v0.4s, #16") \
	I(709, "uqrshrn2 v2.8h, v0.4s, #16") \
	I(710, "uqrshrn v2.2s, v0.2d, #1") \
	I(711, "uqrshrn2 v2.4s, v0.2d, #1") \
	I(712, "uqrshrn v2.2s, v0.2d, #17") \
	I(713, "uqrshrn2 v2.4s, v0.2d, #17") \
	I(714, "uqrshrn v2.2s, v0.2d, #32") \
	I(715, "uqrshrn2 v2.4s, v0.2d, #32") \
	I(716, "sqshrun v2.8b, v0.8h, #1") \
	I(717, "sqshrun2 v2.16b, v0.8h, #1") \
	I(718, "sqshrun v2.8b, v0.8h, #5") \
	I(719, "sqshrun2 v2.16b, v0.8h, #5") \
	I(720, "sqshrun v2.8b, v0.8h, #8") \
	I(721, "sqshrun2 v2.16b, v0.8h, #8") \
	I(722, "sqshrun v2.4h, v0.4s, #1") \
	I(723, "sqshrun2 v2.8h, v0.4s, #1") \
	I(724, "sqshrun v2.4h, v0.4s, #9") \
	I(725, "sqshrun2 v2.8h, v0.4s, #9") \
	I(726, "sqshrun v2.4h, v0.4s, #16") \
	I(727, "sqshrun2 v2.8h, v0.4s, #16") \
	I(728, "sqshrun v2.2s, v0.2d, #1") \
	I(729, "sqshrun2 v2.4s, v0.2d, #1") \
	I(730, "sqshrun v2.2s, v0.2d, #17") \
	I(731, "sqshrun2 v2.4s, v0.2d, #17") \
	I(732, "sqshrun v2.2s, v0.2d, #32") \
	I(733, "sqshrun2 v2.4s, v0.2d, #32") \
	I(734, "sqrshrun v2.8b, v0.8h, #1") \
	I(735, "sqrshrun2 v2.16b, v0.8h, #1") \
	I(736, "sqrshrun v2.8b, v0.8h, #5") \
	I(737, "sqrshrun2 v2.16b, v0.8h, #5") \
	I(738, "sqrshrun v2.8b, v0.8h, #8") \
	I(739, "sqrshrun2 v2.16b, v0.8h, #8") \
	I(740, "sqrshrun v2.4h, v0.4s, #1") \
	I(741, "sqrshrun2 v2.8h, v0.4s, #1") \
	I(742, "sqrshrun v2.4h, v0.4s, #9") \
	I(743, "sqrshrun2 v2.8h, v0.4s, #9") \
	I(744, "sqrshrun v2.4h, v0.4s, #16") \
	I(745, "sqrshrun2 v2.8h, v0.4s, #16") \
	I(746, "sqrshrun v2.2s, v0.2d, #1") \
	I(747, "sqrshrun2 v2.4s, v0.2d, #1") \
	I(748, "sqrshrun v2.2s, v0.2d, #17") \
	I(749, "sqrshrun2 v2.4s, v0.2d, #17") \
	I(750, "sqrshrun v2.2s, v0.2d, #32") \
	I(751, "sqrshrun2 v2.4s, v0.2d, #32") \
	I(752, "ssra d2, d0, #1") \
	I(753, "ssra d2, d0, #33") \
	I(754, "ssra d2, d0, #64") \
	I(755, "usra d2, d0, #1") \
	I(756, "usra d2, d0, #33") \
	I(757, "usra d2, d0, #64") \
	I(758, "srshr d2, d0, #1") \
	I(759, "srshr d2, d0, #33") \
	I(760, "srshr d2, d0, #64") \
	I(761, "urshr d2, d0, #1") \
	I(762, "urshr d2, d0, #33") \
	I(763, "urshr d2, d0, #64") \
	I(764, "srsra d2, d0, #1") \
	I(765, "srsra d2, d0, #33") \
	I(766, "srsra d2, d0, #64") \
	I(767, "ursra d2, d0, #1") \
	I(768, "ursra d2, d0, #33") \
	I(769, "ursra d2, d0, #64") \
	I(770, "sri d2, d0, #1") \
	I(771, "sri d2, d0, #33") \
	I(772, "sri d2, d0, #64") \
	I(773, "sli d2, d0, #0") \
	I(774, "sli d2, d0, #17") \
	I(775, "sli d2, d0, #63") \
	I(776, "sqshl b2, b0, #0") \
	I(777, "sqshl b2, b0, #1") \
	I(778, "sqshl b2, b0, #7") \
	I(779, "sqshl h2, h0, #0") \
	I(780, "sqshl h2, h0, #1") \
	I(781, "sqshl h2, h0, #15") \
	I(782, "sqshl s2, s0, #0") \
	I(783, "sqshl s2, s0, #1") \
	I(784, "sqshl s2, s0, #31") \
	I(785, "sqshl d2, d0, #0") \
	I(786, "sqshl d2, d0, #1") \
	I(787, "sqshl d2, d0, #63") \
	I(788, "uqshl b2, b0, #0") \
	I(789, "uqshl b2, b0, #1") \
	I(790, "uqshl b2, b0, #7") \
	I(791, "uqshl h2, h0, #0") \
	I(792, "uqshl h2, h0, #1") \
	I(793, "uqshl h2, h0, #15") \
	I(794, "uqshl s2, s0, #0") \
	I(795, "uqshl s2, s0, #1") \
	I(796, "uqshl s2, s0, #31") \
	I(797, "uqshl d2, d0, #0") \
	I(798, "uqshl d2, d0, #1") \
	I(799, "uqshl d2, d0, #63") \
	I(800, "sqshlu b2, b0, #0") \
	I(801, "sqshlu b2, b0, #1") \
	I(802, "sqshlu b2, b0, #7") \
	I(803, "sqshlu h2, h0, #0") \
	I(804, "sqshlu h2, h0, #1") \
	I(805, "sqshlu h2, h0, #15") \
	I(806, "sqshlu s2, s0, #0") \
	I(807, "sqshlu s2, s0, #1") \
	I(808, "sqshlu s2, s0, #31") \
	I(809, "sqshlu d2, d0, #0") \
	I(810, "sqshlu d2, d0, #1") \
	I(811, "sqshlu d2, d0, #63") \
	I(812, "sqshrn b2, h0, #1") \
	I(813, "sqshrn b2, h0, #8") \
	I(814, "sqshrn h2, s0, #1") \
	I(815, "sqshrn h2, s0, #16") \
	I(816, "sqshrn s2, d0, #1") \
	I(817, "sqshrn s2, d0, #32") \
	I(818, "uqshrn b2, h0, #1") \
	I(819, "uqshrn b2, h0, #8") \
	I(820, "uqshrn h2, s0, #1") \
	I(821, "uqshrn h2, s0, #16") \
	I(822, "uqshrn s2, d0, #1") \
	I(823, "uqshrn s2, d0, #32") \
	I(824, "sqrshrn b2, h0, #1") \
	I(825, "sqrshrn b2, h0, #8") \
	I(826, "sqrshrn h2, s0, #1") \
	I(827, "sqrshrn h2, s0, #16") \
	I(828, "sqrshrn s2, d0, #1") \
	I(829, "sqrshrn s2, d0, #32") \
	I(830, "uqrshrn b2, h0, #1") \
	I(831, "uqrshrn b2, h0, #8") \
	I(832, "uqrshrn h2, s0, #1") \
	I(833, "uqrshrn h2, s0, #16") \
	I(834, "uqrshrn s2, d0, #1") \
	I(835, "uqrshrn s2, d0, #32") \
	I(836, "sqshrun b2, h0, #1") \
	I(837, "sqshrun b2, h0, #8") \
	I(838, "sqshrun h2, s0, #1") \
	I(839, "sqshrun h2, s0, #16") \
	I(840, "sqshrun s2, d0, #1") \
	I(841, "sqshrun s2, d0, #32") \
	I(842, "sqrshrun b2, h0, #1") \
	I(843, "sqrshrun b2, h0, #8") \
	I(844, "sqrshrun h2, s0, #1") \
	I(845, "sqrshrun h2, s0, #16") \
	I(846, "sqrshrun s2, d0, #1") \
	I(847, "sqrshrun s2, d0, #32") \
	I(848, "mul v2.4h, v0.4h, v1.h[0]") \
	I(849, "mul v2.8h, v0.8h, v15.h[7]") \
	I(850, "mul v2.8h, v0.8h, v1.h[5]") \
	I(851, "mul v2.2s, v0.2s, v1.s[1]") \
	I(852, "mul v2.4s, v0.4s, v1.s[3]") \
	I(853, "mul v2.4s, v0.4s, v17.s[2]") \
	I(854, "mla v2.4h, v0.4h, v1.h[0]") \
	I(855, "mla v2.8h, v0.8h, v15.h[7]") \
	I(856, "mla v2.8h, v0.8h, v1.h[5]") \
	I(857, "mla v2.2s, v0.2s, v1.s[1]") \
	I(858, "mla v2.4s, v0.4s, v1.s[3]") \
	I(859, "mla v2.4s, v0.4s, v17.s[2]") \
	I(860, "mls v2.4h, v0.4h, v1.h[0]") \
	I(861, "mls v2.8h, v0.8h, v15.h[7]") \
	I(862, "mls v2.8h, v0.8h, v1.h[5]") \
	I(863, "mls v2.2s, v0.2s, v1.s[1]") \
	I(864, "mls v2.4s, v0.4s, v1.s[3]") \
	I(865, "mls v2.4s, v0.4s, v17.s[2]") \
	I(866, "sqdmulh v2.4h, v0.4h, v1.h[0]") \
	I(867, "sqdmulh v2.8h, v0.8h, v15.h[7]") \
	I(868, "sqdmulh v2.8h, v0.8h, v1.h[5]") \
	I(869, "sqdmulh v2.2s, v0.2s, v1.s[1]") \
	I(870, "sqdmulh v2.4s, v0.4s, v1.s[3]") \
	I(871, "sqdmulh v2.4s, v0.4s, v17.s[2]") \
	I(872, "sqrdmulh v2.4h, v0.4h, v1.h[0]") \
	I(873, "sqrdmulh v2.8h, v0.8h, v15.h[7]") \
	I(874, "sqrdmulh v2.8h, v0.8h, v1.h[5]") \
	I(875, "sqrdmulh v2.2s, v0.2s, v1.s[1]") \
	I(876, "sqrdmulh v2.4s, v0.4s, v1.s[3]") \
	I(877, "sqrdmulh v2.4s, v0.4s, v17.s[2]") \
	I(878, "smull v2.4s, v0.4h, v1.h[2]") \
	I(879, "smull2 v2.4s, v0.8h, v1.h[7]") \
	I(880, "smull v2.2d, v0.2s, v1.s[1]") \
	I(881, "smull2 v2.2d, v0.4s, v1.s[3]") \
	I(882, "umull v2.4s, v0.4h, v1.h[2]") \
	I(883, "umull2 v2.4s, v0.8h, v1.h[7]") \
	I(884, "umull v2.2d, v0.2s, v1.s[1]") \
	I(885, "umull2 v2.2d, v0.4s, v1.s[3]") \
	I(886, "smlal v2.4s, v0.4h, v1.h[2]") \
	I(887, "smlal2 v2.4s, v0.8h, v1.h[7]") \
	I(888, "smlal v2.2d, v0.2s, v1.s[1]") \
	I(889, "smlal2 v2.2d, v0.4s, v1.s[3]") \
	I(890, "umlal v2.4s, v0.4h, v1.h[2]") \
	I(891, "umlal2 v2.4s, v0.8h, v1.h[7]") \
	I(892, "umlal v2.2d, v0.2s, v1.s[1]") \
	I(893, "umlal2 v2.2d, v0.4s, v1.s[3]") \
	I(894, "smlsl v2.4s, v0.4h, v1.h[2]") \
	I(895, "smlsl2 v2.4s, v0.8h, v1.h[7]") \
	I(896, "smlsl v2.2d, v0.2s, v1.s[1]") \
	I(897, "smlsl2 v2.2d, v0.4s, v1.s[3]") \
	I(898, "umlsl v2.4s, v0.4h, v1.h[2]") \
	I(899, "umlsl2 v2.4s, v0.8h, v1.h[7]") \
	I(900, "umlsl v2.2d, v0.2s, v1.s[1]") \
	I(901, "umlsl2 v2.2d, v0.4s, v1.s[3]") \
	I(902, "sqdmull v2.4s, v0.4h, v1.h[2]") \
	I(903, "sqdmull2 v2.4s, v0.8h, v1.h[7]") \
	I(904, "sqdmull v2.2d, v0.2s, v1.s[1]") \
	I(905, "sqdmull2 v2.2d, v0.4s, v1.s[3]") \
	I(906, "sqdmlal v2.4s, v0.4h, v1.h[2]") \
	I(907, "sqdmlal2 v2.4s, v0.8h, v1.h[7]") \
	I(908, "sqdmlal v2.2d, v0.2s, v1.s[1]") \
	I(909, "sqdmlal2 v2.2d, v0.4s, v1.s[3]") \
	I(910, "sqdmlsl v2.4s, v0.4h, v1.h[2]") \
	I(911, "sqdmlsl2 v2.4s, v0.8h, v1.h[7]") \
	I(912, "sqdmlsl v2.2d, v0.2s, v1.s[1]") \
	I(913, "sqdmlsl2 v2.2d, v0.4s, v1.s[3]") \
	I(914, "sqdmull s2, h0, v1.h[6]") \
	I(915, "sqdmull d2, s0, v1.s[2]") \
	I(916, "sqdmlal s2, h0, v1.h[6]") \
	I(917, "sqdmlal d2, s0, v1.s[2]") \
	I(918, "sqdmlsl s2, h0, v1.h[6]") \
	I(919, "sqdmlsl d2, s0, v1.s[2]") \
	I(920, "sqdmulh h2, h0, v1.h[3]") \
	I(921, "sqdmulh s2, s0, v1.s[1]") \
	I(922, "sqrdmulh h2, h0, v1.h[3]") \
	I(923, "sqrdmulh s2, s0, v1.s[1]") \
	I(924, "tbl v4.8b, {v0.16b}, v5.8b") \
	I(925, "tbl v4.8b, {v0.16b, v1.16b}, v5.8b") \
	I(926, "tbl v4.8b, {v1.16b, v2.16b, v3.16b}, v5.8b") \
	I(927, "tbl v4.8b, {v0.16b, v1.16b, v2.16b, v3.16b}, v5.8b") \
	I(928, "tbx v4.8b, {v0.16b}, v5.8b") \
	I(929, "tbx v4.8b, {v0.16b, v1.16b}, v5.8b") \
	I(930, "tbx v4.8b, {v1.16b, v2.16b, v3.16b}, v5.8b") \
	I(931, "tbx v4.8b, {v0.16b, v1.16b, v2.16b, v3.16b}, v5.8b") \
	I(932, "tbl v4.16b, {v0.16b}, v5.16b") \
	I(933, "tbl v4.16b, {v0.16b, v1.16b}, v5.16b") \
	I(934, "tbl v4.16b, {v1.16b, v2.16b, v3.16b}, v5.16b") \
	I(935, "tbl v4.16b, {v0.16b, v1.16b, v2.16b, v3.16b}, v5.16b") \
	I(936, "tbx v4.16b, {v0.16b}, v5.16b") \
	I(937, "tbx v4.16b, {v0.16b, v1.16b}, v5.16b") \
	I(938, "tbx v4.16b, {v1.16b, v2.16b, v3.16b}, v5.16b") \
	I(939, "tbx v4.16b, {v0.16b, v1.16b, v2.16b, v3.16b}, v5.16b") \

/* in: v0 v1 v2 v3 v4 v5, and v15 = v1, v17 = v3 for by-element Vm */
#define FN(n, text)							\
static void f##n(uint8_t (*in)[16], uint8_t *out, uint64_t *fpsr)	\
{									\
	__asm__ volatile("ldr q0, [%0]\n\tldr q1, [%0, #16]\n\t"	\
			 "ldr q2, [%0, #32]\n\tldr q3, [%0, #48]\n\t"	\
			 "ldr q4, [%0, #64]\n\tldr q5, [%0, #80]\n\t"	\
			 "ldr q15, [%0, #16]\n\tldr q17, [%0, #48]\n\t"	\
			 "msr fpsr, xzr\n\t"				\
			 text "\n\t"					\
			 "str q2, [%1]\n\tstr q4, [%1, #16]\n\t"	\
			 "mrs x9, fpsr\n\tstr x9, [%2]"			\
			 : : "r"(in), "r"(out), "r"(fpsr)		\
			 : "v0", "v1", "v2", "v3", "v4", "v5", "v15",	\
			   "v17", "x9", "memory");			\
}
INSNS(FN)

#define ENT(n, text) { f##n, text },
static const struct {
	void (*fn)(uint8_t (*)[16], uint8_t *, uint64_t *);
	const char *text;
} tests[] = { INSNS(ENT) };

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t rnd(void)
{
	rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
	return rng;
}

static uint8_t rnd_byte(void)
{
	static const uint8_t edge[] = { 0x00, 0xff, 0x80, 0x7f, 0x01 };
	uint64_t r = rnd();
	return (r >> 8) % 3 ? (uint8_t)(r >> 32) : edge[(r >> 40) % 5];
}

/* lanes of 1 << sz bytes: some the most negative value, some random */
static void min_lanes(uint8_t *p, int sz)
{
	int w = 1 << sz;
	for (int i = 0; i < 16; i += w) {
		if (rnd() % 3)
			continue;
		for (int j = 0; j < w; j++)
			p[i + j] = j == w - 1 ? 0x80 : 0x00;
	}
}

static void fill(uint8_t in[6][16], int it)
{
	for (int r = 0; r < 6; r++)
		for (int i = 0; i < 16; i++)
			in[r][i] = rnd_byte();
	for (int i = 0; i < 16; i++) {
		if (it % 4 == 0)
			in[1][i] = in[0][i];			/* equal lanes */
		if (it % 4 == 1)
			in[1][i] = (uint8_t)((in[1][i] & 0x3f) - 32);	/* small shifts */
		in[5][i] = (uint8_t)((in[5][i] & 0x3f) | (it % 3 ? 0 : in[5][i] & 0xc0));
	}
	if (it % 8 >= 5) {
		min_lanes(in[0], it % 8 - 4);
		min_lanes(in[1], it % 8 - 4);
		min_lanes(in[3], it % 8 - 4);
	}
}

int main(void)
{
	uint8_t in[6][16] __attribute__((aligned(16)));
	uint8_t out[32] __attribute__((aligned(16)));
	uint64_t fpsr;

	for (unsigned t = 0; t < sizeof tests / sizeof tests[0]; t++) {
		uint64_t h = 0xcbf29ce484222325ull;
		unsigned qc = 0;
		for (int it = 0; it < 160; it++) {
			fill(in, it);
			tests[t].fn(in, out, &fpsr);
			for (int i = 0; i < 32; i++) {
				h ^= out[i];
				h *= 0x100000001b3ull;
			}
			h ^= fpsr >> 27 & 1;
			h *= 0x100000001b3ull;
			qc += fpsr >> 27 & 1;
		}
		printf("%-40s %016llx qc=%u\n", tests[t].text,
		       (unsigned long long)h, qc);
	}
	return 0;
}
