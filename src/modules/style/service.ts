import { MedusaService } from "@medusajs/framework/utils"
import { Style, StyleBomLine, StyleLaborLine } from "./models/style"

class StyleModuleService extends MedusaService({ Style, StyleBomLine, StyleLaborLine }) {}

export default StyleModuleService
